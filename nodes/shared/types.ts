import type {
	ICredentialDataDecryptedObject,
	IExecuteFunctions,
	IHookFunctions,
	IHttpRequestMethods,
	ILoadOptionsFunctions,
	IPollFunctions,
	IWebhookFunctions,
} from 'n8n-workflow';

/** Every n8n context our transport can run in. */
export type RequestContext =
	IExecuteFunctions | ILoadOptionsFunctions | IPollFunctions | IHookFunctions | IWebhookFunctions;

/**
 * Who sends a request: n8n's context, and for an action node the input item and its Timeout. The operation
 * kit's `Item` is one; triggers and dropdown methods pass `{ n8n: this }`.
 */
export interface RequestScope {
	readonly n8n: RequestContext;
	readonly index?: number;
	readonly timeoutMs?: number;
}

export type HttpHeaders = Record<string, string | string[] | undefined>;

export interface ApiResponse<T = unknown> {
	statusCode: number;
	headers: HttpHeaders;
	body: T;
}

/** What a provider's error body says, already reduced to text for people. */
export interface ProviderErrorInfo {
	message: string;
	/** How to fix it, shown as the error's description. */
	hint?: string;
	/** Provider error code such as `taken` or `not_exist`. */
	code?: string;
}

export interface RateLimitSnapshot {
	/** Requests allowed per window. */
	limit?: number;
	/** Requests left in the current window. */
	remaining?: number;
	/** Window length; used to pace when `resetAtMs` is unknown. */
	windowMs: number;
	/** Epoch ms when the window resets, when the provider says. */
	resetAtMs?: number;
}

/** One provider's policy, as data: the shared core interprets it. */
export interface ProviderProfile {
	/** Display name used in messages, e.g. "Gladly". */
	app: string;
	credentialType: string;
	/** Validated origin for these credentials; returns a message when the credentials are unusable. */
	resolveOrigin: (
		credentials: ICredentialDataDecryptedObject,
	) => { ok: true; value: string } | { ok: false; message: string };
	/** Reduces an error response (any shape: JSON, text, HTML, empty) to a readable message. */
	parseError: (
		response: ApiResponse<unknown>,
		request: { method: string; path: string },
	) => ProviderErrorInfo;
	/** Reads the provider's rate-limit headers, if it sends any. */
	readRateLimit?: (headers: HttpHeaders) => RateLimitSnapshot | undefined;
	/** Requests per window to keep under when no header has been seen yet (optional). */
	defaultRateLimit?: { limit: number; windowMs: number };
	/** Headers sent on every request. */
	headers?: Record<string, string>;
}

export interface ApiRequestOptions {
	method: IHttpRequestMethods;
	/** Path on the provider's origin, starting with "/"; build it with `path` from ./ids. */
	path: string;
	qs?: Record<string, unknown>;
	body?: unknown;
	headers?: Record<string, string>;
	/**
	 * Whether repeating the request cannot change the outcome. Defaults to true for GET, HEAD, PUT and
	 * DELETE. Non-idempotent requests are retried only when the server provably did not process
	 * them (429, connection refused).
	 */
	idempotent?: boolean;
	/** Return the body as a Buffer instead of parsing JSON. */
	binary?: boolean;
	/**
	 * With `binary`: the body is a file the caller downloads. A 2xx body that cannot be that file (an
	 * HTML page from a proxy or login wall, or nothing at all where the file always has bytes) is
	 * refused as unreadable, and retried like any broken response.
	 */
	file?: FileExpectation;
	/** Return the body as text (CSV, JSONL). */
	text?: boolean;
	/** Non-2xx statuses the caller handles itself (e.g. 301 moved, 404 on lookups, 409 taken). */
	acceptStatuses?: number[];
	arrayFormat?: 'indices' | 'brackets' | 'repeat' | 'comma';
	itemIndex?: number;
	timeoutMs?: number;
	/** Limiter bucket for endpoints with their own limit (e.g. Gladly reports). */
	bucket?: string;
}

/** What a downloaded file may be: by default neither an HTML page nor empty. */
export interface FileExpectation {
	/** An HTML page can be the file itself (an HTML report, an attachment of type text/html). */
	html?: boolean;
	/** A zero-byte file is possible (an attachment of unknown or zero size, an export with no records). */
	empty?: boolean;
}
