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
	/** The base URL a credential should hold: the app's https address (e.g. https://acme.api.kustomerapp.com). */
	url(name: string): string;
	/** The provider's plain loopback listener (http://127.0.0.1:PORT), for talking to the fake provider directly. */
	directUrl(name: string): string;
	/** HTTPS_PROXY, NODE_EXTRA_CA_CERTS and NO_PROXY for a process that must reach the https addresses. */
	env(): Record<string, string>;
	urls(): Record<string, string>;
	provider<T = Record<string, unknown>>(name: string): T;
	readonly requests: LoggedRequest[];
	requestsFor(name: string): LoggedRequest[];
	clearRequests(): void;
	inject(fault: Record<string, unknown>): FaultHandle;
	clearFaults(): void;
	reset(): void;
	setRateLimit(
		name: string,
		config: { limit: number; windowMs: number; concurrency?: number } | false,
		bucket?: string,
	): void;
	rateLimitState(
		name: string,
		bucket?: string,
		key?: string,
	): { limit: number; remaining: number; resetAtMs: number; windowMs: number } | null;
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
	/** Public host per provider (e.g. { kustomer: 'other.api.kustomerapp.com' }), or false for loopback only. */
	publicHosts?: Record<string, string | false>;
}

export declare function startSandbox(options?: SandboxOptions): Promise<Sandbox>;

/** fetch() that sends a URL on an open sandbox's https address to the provider's loopback listener. */
export declare function sandboxFetch(input: string | URL, init?: RequestInit): Promise<Response>;

/** The loopback URL serving a URL on an open sandbox's https address, or undefined. */
export declare function directUrlFor(url: string): string | undefined;
