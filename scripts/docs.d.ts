/** Types for docs.js, for the TypeScript tests (which may not use Node built-ins themselves). */
export interface OperationOption {
	name: string;
	value: string;
	action?: string;
	description?: string;
}
export interface ResourceOperations {
	name: string;
	value: string;
	operations: OperationOption[];
}
export interface DocsData {
	apps: Record<string, ResourceOperations[]>;
	triggers: Array<{ file: string; description: { name: string; displayName: string } }>;
	credentials: Array<{ displayName: string }>;
}
export declare function collect(): DocsData;
export declare function blocks(data: DocsData): Record<string, string>;
export declare function counts(data: DocsData): Record<string, string>;
export declare function render(
	text: string,
	generated: Record<string, string>,
	inline: Record<string, string>,
): [string, string[]];
export declare function operationTable(resources: ResourceOperations[]): string;
export declare function operationsOf(description: unknown): ResourceOperations[];
