/**
 * Runs the Kustomer node's TypeScript sources (no build needed) with a small fake of n8n's execute
 * context: parameters as given (unset ones fall back like n8n), the real credential's
 * `authenticate`, and HTTP sent to the sandbox with fetch. Requests are asserted from the sandbox log.
 */
import type {
	IBinaryData,
	IDataObject,
	IExecuteFunctions,
	IHttpRequestOptions,
	INode,
	INodeExecutionData,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { KustomerApi } from '../../../credentials/KustomerApi.credentials';
import { Kustomer } from '../../../nodes/Kustomer/Kustomer.node';
import { sandboxFetch, startSandbox } from '../../sandbox';
import type { LoggedRequest, Sandbox } from '../../sandbox';
import type { KustomerInstance } from '../../sandbox/kustomer';

export const KEY = 'kustomer-test-key';

interface Locator {
	__rl: true;
	mode: string;
	value: string;
}

function isLocator(value: unknown): value is Locator {
	return typeof value === 'object' && value !== null && (value as Locator).__rl === true;
}

function lookup(parameters: IDataObject, path: string): unknown {
	let value: unknown = parameters;
	for (const part of path.split('.')) {
		if (value === null || typeof value !== 'object') return undefined;
		value = (value as IDataObject)[part];
	}
	return value;
}

/** Resolves `={{ $json.x }}` against the item (enough for these tests). */
function resolve(value: unknown, item: IDataObject): unknown {
	if (typeof value === 'string') {
		const m = /^=\{\{\s*\$json\.([\w.]+)\s*\}\}$/.exec(value);
		return m ? lookup(item, m[1]) : value;
	}
	if (Array.isArray(value)) return value.map((entry) => resolve(entry, item));
	if (isLocator(value)) return { ...value, value: resolve(value.value, item) };
	if (value && typeof value === 'object')
		return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolve(v, item)]));
	return value;
}

function extract(value: unknown): unknown {
	if (!isLocator(value)) return value;
	if (value.mode === 'url') {
		const m = /(?:customers|conversations|companies)\/([0-9a-fA-F]{24})/.exec(value.value);
		if (!m) throw new Error(`test context: not a Kustomer URL: ${value.value}`);
		return m[1];
	}
	return value.value;
}

export interface RunOptions {
	items?: INodeExecutionData[] | IDataObject[];
	continueOnFail?: boolean;
	apiKey?: string;
}

export interface UnitSandbox {
	sandbox: Sandbox;
	provider: KustomerInstance;
	run(parameters: IDataObject, options?: RunOptions): Promise<INodeExecutionData[]>;
	/** A fake execute context, to call transport and search functions directly. */
	contextFor(parameters: IDataObject, options?: RunOptions): IExecuteFunctions;
	requests(): LoggedRequest[];
	close(): Promise<void>;
}

const node: INode = {
	id: 'kustomer-unit',
	name: 'Kustomer',
	type: 'n8n-nodes-kustomer-gladly-nutshell.kustomer',
	typeVersion: 1,
	position: [0, 0],
	parameters: {},
};

function headersOf(response: Response): Record<string, string> {
	const out: Record<string, string> = {};
	response.headers.forEach((value, key) => (out[key] = value));
	return out;
}

async function send(
	options: IHttpRequestOptions,
): Promise<{ statusCode: number; headers: Record<string, string>; body: unknown }> {
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
	return {
		statusCode: response.status,
		headers: headersOf(response),
		body: options.encoding === 'arraybuffer' ? buffer : buffer.toString('utf8'),
	};
}

export async function startUnit(): Promise<UnitSandbox> {
	const sandbox = await startSandbox({ providers: ['kustomer'] });
	const credentialType = new KustomerApi();
	const nodeType = new Kustomer();

	function contextFor(parameters: IDataObject, options: RunOptions = {}): IExecuteFunctions {
		const items: INodeExecutionData[] = (options.items ?? [{}]).map((item) =>
			'json' in (item as IDataObject)
				? (item as INodeExecutionData)
				: { json: item as IDataObject },
		);
		const credentials = {
			region: 'custom',
			baseUrl: sandbox.url('kustomer'),
			apiKey: options.apiKey ?? KEY,
		};
		const context = {
			getInputData: () => items,
			getNode: () => node,
			continueOnFail: () => options.continueOnFail === true,
			getCredentials: async () => credentials,
			getCurrentNodeParameter: (name: string) => lookup(parameters, name),
			getNodeParameter(
				name: string,
				itemIndex: number,
				fallback?: unknown,
				extra?: { extractValue?: boolean },
			) {
				const raw = lookup(parameters, name);
				if (raw === undefined) {
					if (fallback === undefined) throw new Error(`test context: parameter ${name} not set`);
					return fallback;
				}
				const value = resolve(raw, items[itemIndex]?.json ?? {});
				return extra?.extractValue ? extract(value) : value;
			},
			helpers: {
				httpRequestWithAuthentication: async (_type: string, request: IHttpRequestOptions) =>
					await send(await credentialType.authenticate(credentials, request)),
				httpRequest: async (request: IHttpRequestOptions) => await send(request),
				assertBinaryData(itemIndex: number, property: string): IBinaryData {
					const binary = items[itemIndex]?.binary?.[property];
					if (!binary)
						throw new NodeOperationError(node, `No binary data property "${property}"`, {
							itemIndex,
						});
					return binary;
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
		} as unknown as IExecuteFunctions;
		return context;
	}

	async function run(
		parameters: IDataObject,
		options: RunOptions = {},
	): Promise<INodeExecutionData[]> {
		const [output] = await nodeType.execute.call(contextFor(parameters, options));
		return output;
	}

	return {
		sandbox,
		provider: sandbox.provider<KustomerInstance>('kustomer'),
		run,
		contextFor,
		requests: () => sandbox.requestsFor('kustomer'),
		close: async () => await sandbox.close(),
	};
}

/** "METHOD /path?query" of each logged request. */
export function calls(requests: LoggedRequest[]): string[] {
	return requests.map((request) => `${request.method} ${request.url}`);
}

export const rl = (value: string, mode = 'id'): Locator => ({ __rl: true, mode, value });

/** A binary property as n8n stores it in memory. */
export function binary(data: string, fileName: string, mimeType: string): IBinaryData {
	return { data: Buffer.from(data).toString('base64'), fileName, mimeType };
}
