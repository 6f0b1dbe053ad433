/**
 * One fake of n8n's execute (and load-options) context for unit tests of any action node, run from its
 * TypeScript sources (no build, no engine): parameters by dotted path with n8n's fallbacks,
 * `={{ $json.x }}` expressions, resource locators, the real credential's `authenticate`, and HTTP through a
 * pluggable transport — the sandbox (real HTTP, asserted from the sandbox log) or a responder function
 * (requests captured and answered in memory).
 */
import type {
	IBinaryData,
	ICredentialDataDecryptedObject,
	IDataObject,
	IExecuteFunctions,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	INode,
	INodeExecutionData,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { sandboxFetch } from '../sandbox';

/** What `httpRequestWithAuthentication` returns with `returnFullResponse`. */
export interface HttpReply {
	statusCode: number;
	headers: Record<string, string>;
	body: unknown;
}

/** Sends one authenticated request and returns the full response. */
export type Transport = (request: IHttpRequestOptions) => Promise<HttpReply>;

export interface Locator {
	__rl: true;
	mode: string;
	value: string;
}

/** A resource locator value, as the editor stores it. */
export const rl = (value: string, mode = 'id'): Locator => ({ __rl: true, mode, value });

function isLocator(value: unknown): value is Locator {
	// As n8n's extractValue: any object with a mode and a value (`__rl` is optional).
	return typeof value === 'object' && value !== null && 'mode' in value && 'value' in value;
}

/** The value at a dotted path (`options.timeout`), or undefined. */
export function readPath(source: unknown, path: string): unknown {
	let value: unknown = source;
	for (const part of path.split('.')) {
		if (value === null || typeof value !== 'object') return undefined;
		value = (value as IDataObject)[part];
	}
	return value;
}

/** Resolves `={{ $json.x }}` against the item (other expressions stay as written). */
function resolve(value: unknown, item: IDataObject): unknown {
	if (typeof value === 'string') {
		const m = /^=\{\{\s*\$json\.([\w.]+)\s*\}\}$/.exec(value);
		return m ? readPath(item, m[1]) : value;
	}
	if (Array.isArray(value)) return value.map((entry) => resolve(entry, item));
	if (isLocator(value)) return { ...value, value: resolve(value.value, item) };
	if (value && typeof value === 'object')
		return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolve(v, item)]));
	return value;
}

/** Input items: plain objects become `{ json }`, full items stay as given. */
export function toItems(
	items: Array<INodeExecutionData | IDataObject> = [{}],
): INodeExecutionData[] {
	return items.map((item) =>
		'json' in item ? (item as INodeExecutionData) : { json: item as IDataObject },
	);
}

/** A credential type whose `authenticate` is a function (every one our action nodes use). */
export interface AuthenticatingCredential {
	authenticate: unknown;
}

export interface ContextOptions {
	node: Omit<INode, 'parameters' | 'position' | 'typeVersion'> & Partial<INode>;
	parameters: IDataObject;
	items?: Array<INodeExecutionData | IDataObject>;
	credential: AuthenticatingCredential;
	credentials: ICredentialDataDecryptedObject | IDataObject;
	transport: Transport;
	continueOnFail?: boolean;
	/** An unset parameter without a fallback: throw like n8n (default) or return undefined. */
	lenient?: boolean;
	/** How a locator yields its value with `extractValue` (default: the value as entered). */
	extractLocator?: (locator: Locator) => unknown;
}

/** A fake n8n execute context (also usable as a load-options context). */
export function fakeContext(options: ContextOptions): IExecuteFunctions & ILoadOptionsFunctions {
	const { parameters, credentials, transport } = options;
	const items = toItems(options.items);
	const node: INode = {
		typeVersion: 1,
		position: [0, 0],
		...options.node,
		parameters: parameters as INode['parameters'],
	};
	const authenticate = options.credential.authenticate as (
		credentials: ICredentialDataDecryptedObject,
		request: IHttpRequestOptions,
	) => Promise<IHttpRequestOptions>;
	const extract = (value: unknown): unknown =>
		!isLocator(value)
			? value
			: options.extractLocator
				? options.extractLocator(value)
				: value.value;
	return {
		getInputData: () => items,
		getNode: () => node,
		continueOnFail: () => options.continueOnFail === true,
		getCredentials: async () => credentials,
		getCurrentNodeParameter: (name: string) => readPath(parameters, name),
		getNodeParameter(
			name: string,
			itemIndex: number,
			fallback?: unknown,
			extra?: { extractValue?: boolean },
		) {
			const raw = readPath(parameters, name);
			if (raw === undefined) {
				if (fallback === undefined && !options.lenient)
					throw new Error(`test context: parameter ${name} not set`);
				return fallback;
			}
			const value = resolve(raw, items[itemIndex]?.json ?? {});
			return extra?.extractValue ? extract(value) : value;
		},
		helpers: {
			httpRequestWithAuthentication: async (_type: string, request: IHttpRequestOptions) =>
				await transport(await authenticate(credentials as ICredentialDataDecryptedObject, request)),
			httpRequest: async (request: IHttpRequestOptions) => await transport(request),
			assertBinaryData(itemIndex: number, property: string): IBinaryData {
				const data = items[itemIndex]?.binary?.[property];
				if (!data)
					throw new NodeOperationError(node, `No binary data property "${property}"`, {
						itemIndex,
					});
				return data;
			},
			getBinaryDataBuffer: async (itemIndex: number, property: string) =>
				Buffer.from(items[itemIndex].binary![property].data, 'base64'),
			prepareBinaryData: async (
				data: Buffer,
				fileName?: string,
				mimeType?: string,
			): Promise<IBinaryData> => ({
				data: data.toString('base64'),
				fileName,
				mimeType: mimeType ?? 'application/octet-stream',
			}),
		},
	} as unknown as IExecuteFunctions & ILoadOptionsFunctions;
}

/** Runs a node's execute() on a context and returns its first output. */
export async function execute(
	nodeType: { execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> },
	context: IExecuteFunctions,
): Promise<INodeExecutionData[]> {
	const [output] = await nodeType.execute.call(context);
	return output;
}

/** Sends the request for real through the sandbox (https addresses reach the fake providers). */
export const sandboxTransport: Transport = async (options) => {
	const url = new URL(options.url, options.baseURL);
	for (const [key, value] of Object.entries((options.qs ?? {}) as IDataObject)) {
		if (value !== undefined) url.searchParams.append(key, String(value));
	}
	const response = await sandboxFetch(url, {
		method: options.method ?? 'GET',
		headers: options.headers as Record<string, string>,
		body: options.body as string | Buffer | undefined,
		redirect: 'manual',
	});
	const buffer = Buffer.from(await response.arrayBuffer());
	const headers: Record<string, string> = {};
	response.headers.forEach((value, key) => (headers[key] = value));
	return {
		statusCode: response.status,
		headers,
		body: options.encoding === 'arraybuffer' ? buffer : buffer.toString('utf8'),
	};
};

/** An authenticated request as sent: lower-case headers, the body as text and parsed JSON. */
export interface Captured {
	method: string;
	url: string;
	baseURL?: string;
	qs: IDataObject;
	headers: Record<string, string>;
	rawBody?: string;
	body?: unknown;
	auth?: { username: string; password: string };
}

export interface Reply {
	statusCode?: number;
	body?: unknown;
	headers?: Record<string, string>;
}

export function capture(request: IHttpRequestOptions): Captured {
	const rawBody = typeof request.body === 'string' ? request.body : undefined;
	let body: unknown;
	try {
		body = rawBody ? JSON.parse(rawBody) : undefined;
	} catch {
		body = undefined;
	}
	return {
		method: String(request.method ?? 'GET'),
		url: String(request.url),
		baseURL: request.baseURL,
		qs: (request.qs ?? {}) as IDataObject,
		headers: Object.fromEntries(
			Object.entries(request.headers ?? {}).map(([key, value]) => [
				key.toLowerCase(),
				String(value),
			]),
		),
		rawBody,
		body,
		auth: request.auth as Captured['auth'],
	};
}

/**
 * A transport that never leaves memory: each request is captured into `requests`, then handed to
 * `send` when given, else answered by `respond` (JSON, or HTML when the body is a string starting `<`).
 */
export function responderTransport(
	requests: Captured[],
	respond: (request: Captured) => Reply,
	send?: (request: Captured) => Promise<HttpReply>,
): Transport {
	return async (request) => {
		const captured = capture(request);
		requests.push(captured);
		if (send) return await send(captured);
		const reply = respond(captured);
		const body =
			reply.body === undefined
				? ''
				: typeof reply.body === 'string'
					? reply.body
					: JSON.stringify(reply.body);
		const isHtml = typeof reply.body === 'string' && reply.body.startsWith('<');
		return {
			statusCode: reply.statusCode ?? 200,
			headers: { 'content-type': isHtml ? 'text/html' : 'application/json', ...reply.headers },
			body,
		};
	};
}

/** A binary property as n8n stores it in memory. */
export function binary(data: string, fileName: string, mimeType: string): IBinaryData {
	return { data: Buffer.from(data).toString('base64'), fileName, mimeType };
}
