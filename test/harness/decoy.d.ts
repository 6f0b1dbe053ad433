/** Types for test/harness/decoy.js. */
export interface Decoy {
	port: number;
	host: string;
	url: string;
	connections: Array<{ remote: string; local: string; bytes: string }>;
	received(): string;
	reset(): void;
	close(): Promise<void>;
}

export declare function startDecoy(): Promise<Decoy>;
