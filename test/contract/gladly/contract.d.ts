import type { ContractRequest } from '../openapi';

export declare function check(request: ContractRequest): string[];
export declare function assertContract(
	requests: Array<ContractRequest & { provider?: string }>,
): void;
export declare const patches: Array<{ method: string; path: string; reason: string }>;
export declare const oldPatches: Array<{ method: string; path: string; reason: string }>;
/** Path templates checked against the older document (Message Automation, Custom Channels). */
export declare const OLD_ONLY_PATHS: string[];
