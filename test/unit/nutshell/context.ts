/**
 * Runs the Nutshell node's execute() on the shared fake execute context (test/harness/unit.ts) with no
 * engine and no network: every HTTP request goes through the real credential's authenticate and is
 * captured, then answered by a responder. Lets unit tests assert method, path, query, body, content type
 * and auth exactly.
 */
import type {
	IDataObject,
	IExecuteFunctions,
	ILoadOptionsFunctions,
	INodeExecutionData,
} from 'n8n-workflow';

import { NutshellApi } from '../../../credentials/NutshellApi.credentials';
import { Nutshell } from '../../../nodes/Nutshell/Nutshell.node';
import type { ContractRequest } from '../../contract/openapi';
import { execute, fakeContext, responderTransport } from '../../harness/unit';
import type { Captured, Reply } from '../../harness/unit';

export type { Captured, Reply } from '../../harness/unit';
export { rl } from '../../harness/unit';

export const CREDENTIALS = { username: 'ana@example.com', apiKey: 'unit-key', baseUrl: '' };
export const ORIGIN = 'https://app.nutshell.com';

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
	const responder = options.responder ?? defaultResponder;
	return fakeContext({
		node: { id: 'n', name: 'Nutshell', type: 'nutshell' },
		parameters,
		items: options.items,
		continueOnFail: options.continueOnFail,
		credential: new NutshellApi(),
		credentials: options.credentials ?? CREDENTIALS,
		lenient: true,
		transport: responderTransport(
			requests,
			(request) => responder(request) ?? defaultResponder(request) ?? {},
			options.transport,
		),
	});
}

export async function run(parameters: IDataObject, options: RunOptions = {}): Promise<RunResult> {
	const requests: Captured[] = [];
	const context = makeContext(parameters, options, requests);
	try {
		return { output: await execute(new Nutshell(), context), requests };
	} catch (error) {
		return { output: [], requests, error: error as RunResult['error'] };
	}
}

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

/** Sent to Nutshell's origin with the credential's Basic auth (email and API key) and `Accept`. */
export function expectAuthenticated(request: Captured, accept = 'application/json'): void {
	expect(request.baseURL).toBe(ORIGIN);
	expect(request.auth).toEqual({ username: CREDENTIALS.username, password: CREDENTIALS.apiKey });
	expect(request.headers.accept).toBe(accept);
}
