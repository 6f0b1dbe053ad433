export interface ContractRequest {
	method: string;
	path: string;
	query?: Record<string, string | string[]>;
	body?: unknown;
	rawBody?: string;
	headers?: Record<string, string>;
}

export interface Validator {
	check(request: ContractRequest): string[];
	assertAll(requests: ContractRequest[]): void;
	templates(): string[];
	patchesApplied(): string[];
}

export declare function loadSpec(file: string): unknown;
export declare function createValidator(
	doc: unknown,
	options?: {
		patches?: Array<{
			method: string;
			path: string;
			reason: string;
			patch(schema: never, operation: never): unknown;
		}>;
		exempt?: Array<{ method: string; path: string; reason: string }>;
		label?: string;
		basePath?: string;
		checkContentType?: boolean;
		mediaTypes?: Array<{ method: string; path: string; accept: string[]; reason: string }>;
		extraQuery?: Array<{ method: string; path: string; names: string[]; reason: string }>;
	},
): Validator;
export declare function toJsonSchema(doc: unknown, schema: unknown): unknown;
