import type { ContractRequest } from '../openapi';

export declare function check(request: ContractRequest): string[];
export declare function assertContract(
	requests: Array<ContractRequest & { provider?: string }>,
): void;
export declare const patches: Array<{ method: string; path: string; reason: string }>;
