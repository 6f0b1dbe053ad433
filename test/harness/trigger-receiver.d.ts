export interface ReceivedRequest {
	method: string;
	path: string;
	query: Record<string, string>;
	headers: Record<string, string | string[] | undefined>;
	rawBody: Buffer;
	body: Record<string, unknown>;
}

export interface Receiver {
	url: string;
	close(): Promise<void>;
}

export declare function startReceiver(
	handle: (request: ReceivedRequest) => Promise<{ status: number; body?: unknown }>,
): Promise<Receiver>;
