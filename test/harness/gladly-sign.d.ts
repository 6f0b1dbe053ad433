export declare function gladlyTime(at?: Date | number): string;
export declare function signedHeaders(
	key: string,
	options: {
		method?: string;
		url: string;
		body?: string;
		extraHeaders?: Record<string, string>;
		time?: string;
		signedHeaders?: string[];
	},
): Record<string, string>;
export declare const lookupBodies: {
	autoLink(email: string, name?: string): string;
	basicSearch(email: string): string;
	detailed(externalCustomerId: string, email: string, name?: string): string;
};
