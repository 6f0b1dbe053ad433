export declare function send(request: {
	method: string;
	url: string;
	headers: Record<string, string>;
	body?: string;
}): Promise<{ statusCode: number; headers: Record<string, string>; body: string }>;
