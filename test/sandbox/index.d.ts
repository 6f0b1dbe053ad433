/** Types for the plain-JavaScript sandbox (test/sandbox/index.js), for TypeScript tests. */
export interface LoggedRequest {
	id: number;
	provider: string;
	method: string;
	path: string;
	url: string;
	query: Record<string, string | string[]>;
	rawQuery: string;
	headers: Record<string, string>;
	rawBody: string;
	/** Parsed JSON body (undefined when empty or not JSON). */
	body: Record<string, unknown> & { [key: string]: unknown };
	status: number | null;
	time: number;
	fault?: string;
	outcome?: string;
}

export interface FaultHandle {
	remaining: number;
	hits: number;
	cancel(): void;
}

export interface Sandbox {
	url(name: string): string;
	urls(): Record<string, string>;
	provider<T = Record<string, unknown>>(name: string): T;
	readonly requests: LoggedRequest[];
	requestsFor(name: string): LoggedRequest[];
	clearRequests(): void;
	inject(fault: Record<string, unknown>): FaultHandle;
	clearFaults(): void;
	reset(): void;
	setRateLimit(name: string, config: { limit: number; windowMs: number; concurrency?: number } | false, bucket?: string): void;
	rateLimitState(name: string, bucket?: string, key?: string): { limit: number; remaining: number; resetAtMs: number; windowMs: number } | null;
	setLatency(ms: number): void;
	stats(name?: string): { requests: number; http429: number; byStatus: Record<string, number> };
	close(): Promise<void>;
}

export interface SandboxOptions {
	providers?: Array<string | object>;
	host?: string;
	ports?: Record<string, number>;
	rateLimits?: Record<string, unknown>;
	latencyMs?: number;
	quiet?: boolean;
	logRequests?: boolean;
	now?: () => number;
}

export declare function startSandbox(options?: SandboxOptions): Promise<Sandbox>;
