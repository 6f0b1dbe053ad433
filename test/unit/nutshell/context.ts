/**
 * Runs the Nutshell node's execute() on a minimal IExecuteFunctions (no engine, no network): every
 * HTTP request goes through the real credential's authenticate and is captured, then answered by a
 * responder. Lets unit tests assert method, path, query, body, content type and auth exactly.
 */
import type {
	IDataObject,
	IExecuteFunctions,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	INode,
	INodeExecutionData,
} from 'n8n-workflow';

import { NutshellApi } from '../../../credentials/NutshellApi.credentials';
import { Nutshell } from '../../../nodes/Nutshell/Nutshell.node';
import type { ContractRequest } from '../../contract/openapi';

export const CREDENTIALS = { username: 'ana@example.com', apiKey: 'unit-key', baseUrl: '' };
export const ORIGIN = 'https://app.nutshell.com';

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

export type Responder = (request: Captured) => Reply | undefined;

/** Sends a captured request for real (e.g. to the sandbox) instead of answering it here. */
export type Transport = (
	request: Captured,
) => Promise<{ statusCode: number; headers: Record<string, string>; body: string }>;

/** Answers like Nutshell would for a happy path: lists are empty, single records echo an id. */
export const defaultResponder: Responder = (request) => {
	const [, , plural, id, action] = request.url.split('/');
	if (request.url === '/api/v1/json') return { body: { jsonrpc: '2.0', id: 1, result: [] } };
	if (request.method === 'PATCH' || (request.method === 'DELETE' && plural === 'contacts'))
		return { statusCode: 204, body: '' };
	if (!id) {
		if (request.method === 'POST') {
			const sent = (request.body as IDataObject) ?? {};
			const record = Array.isArray(sent[plural])
				? (sent[plural] as IDataObject[])[0]
				: ((sent.data as IDataObject) ?? sent);
			return { statusCode: 201, body: { meta: {}, [plural]: [{ ...record, id: `1-${plural}` }] } };
		}
		return { body: { meta: { total: 0 }, [plural]: [] } };
	}
	return {
		body: { meta: {}, [plural]: [{ id: decodeURIComponent(id), name: `Record ${id}`, action }] },
	};
};

function readPath(source: IDataObject, path: string): unknown {
	return path
		.split('.')
		.reduce<unknown>(
			(value, part) =>
				value && typeof value === 'object' ? (value as IDataObject)[part] : undefined,
			source,
		);
}

export interface RunResult {
	output: INodeExecutionData[];
	requests: Captured[];
	error?: Error & { description?: string; context?: IDataObject; httpCode?: string };
}

interface RunOptions {
	items?: IDataObject[];
	responder?: Responder;
	continueOnFail?: boolean;
	credentials?: IDataObject;
	transport?: Transport;
}

/** A minimal n8n context (execute or load-options) whose HTTP calls are captured in `requests`. */
export function makeContext(
	parameters: IDataObject,
	options: RunOptions,
	requests: Captured[],
): IExecuteFunctions & ILoadOptionsFunctions {
	const credential = new NutshellApi();
	const credentials = options.credentials ?? CREDENTIALS;
	const items = (options.items ?? [{}]).map((json) => ({ json }));
	const node: INode = {
		id: 'n',
		name: 'Nutshell',
		type: 'nutshell',
		typeVersion: 1,
		position: [0, 0],
		parameters: parameters as INode['parameters'],
	};
	const responder = options.responder ?? defaultResponder;
	return {
		getInputData: () => items,
		getNode: () => node,
		continueOnFail: () => options.continueOnFail ?? false,
		getCredentials: async () => credentials,
		getCurrentNodeParameter: (name: string) => readPath(parameters, name),
		getNodeParameter: (
			name: string,
			_itemIndex: number,
			fallback?: unknown,
			extra?: { extractValue?: boolean },
		) => {
			const value = readPath(parameters, name);
			if (value === undefined) return fallback;
			if (
				extra?.extractValue &&
				value &&
				typeof value === 'object' &&
				'__rl' in (value as IDataObject)
			)
				return (value as IDataObject).value;
			return value;
		},
		helpers: {
			httpRequestWithAuthentication: async (_type: string, requestOptions: IHttpRequestOptions) => {
				const final = await credential.authenticate(credentials as never, requestOptions);
				const rawBody = typeof final.body === 'string' ? final.body : undefined;
				let body: unknown;
				try {
					body = rawBody ? JSON.parse(rawBody) : undefined;
				} catch {
					body = undefined;
				}
				const captured: Captured = {
					method: String(final.method ?? 'GET'),
					url: String(final.url),
					baseURL: final.baseURL,
					qs: (final.qs ?? {}) as IDataObject,
					headers: Object.fromEntries(
						Object.entries(final.headers ?? {}).map(([key, value]) => [
							key.toLowerCase(),
							String(value),
						]),
					),
					rawBody,
					body,
					auth: final.auth as Captured['auth'],
				};
				requests.push(captured);
				if (options.transport) return await options.transport(captured);
				const reply = responder(captured) ?? defaultResponder(captured) ?? {};
				const replyBody =
					reply.body === undefined
						? ''
						: typeof reply.body === 'string'
							? reply.body
							: JSON.stringify(reply.body);
				const isHtml = typeof reply.body === 'string' && reply.body.startsWith('<');
				return {
					statusCode: reply.statusCode ?? 200,
					headers: { 'content-type': isHtml ? 'text/html' : 'application/json', ...reply.headers },
					body: replyBody,
				};
			},
		},
	} as unknown as IExecuteFunctions & ILoadOptionsFunctions;
}

export async function run(parameters: IDataObject, options: RunOptions = {}): Promise<RunResult> {
	const requests: Captured[] = [];
	const context = makeContext(parameters, options, requests);
	try {
		const [output] = await new Nutshell().execute.call(context);
		return { output, requests };
	} catch (error) {
		return { output: [], requests, error: error as RunResult['error'] };
	}
}

/** A resource locator value, as the editor stores it. */
export const rl = (value: string, mode = 'id') => ({ __rl: true, mode, value });

/** The captured request as the contract validator reads it (path and query as they go on the wire). */
export function asContractRequest(request: Captured): ContractRequest {
	const query: Record<string, string | string[]> = {};
	for (const [key, value] of Object.entries(request.qs)) {
		if (value === undefined) continue;
		query[key] = Array.isArray(value) ? value.map(String) : String(value);
	}
	return {
		method: request.method,
		path: request.url,
		query,
		rawBody: request.rawBody,
		body: request.body,
		headers: request.headers,
	};
}

/**
 * A runner for one test file: runs the node (optionally with a fixed resource), keeps every request it
 * sent, and checks them all against the OpenAPI contract when the file ends.
 */
export function contractRecorder(
	check: (requests: ContractRequest[]) => string[],
	resource?: string,
) {
	const sent: Captured[] = [];
	afterAll(() => expect(check(sent.map(asContractRequest))).toEqual([]));
	const node = async (parameters: IDataObject, options: RunOptions = {}): Promise<RunResult> => {
		const result = await run(resource ? { resource, ...parameters } : parameters, options);
		sent.push(...result.requests);
		return result;
	};
	const keep = (requests: Captured[]) => sent.push(...requests);
	return { node, keep };
}

export const calls = (requests: Captured[]): string[] =>
	requests.map((request) => `${request.method} ${request.url}`);
