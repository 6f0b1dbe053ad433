import { NodeApiError } from 'n8n-workflow';
import type { IDataObject, IHttpRequestMethods, JsonObject } from 'n8n-workflow';

import { itemSuffix, plainText } from '../shared/errors';
import { DEFAULT_MAX_PAGES, PaginationStalledError, paginateNumbered } from '../shared/paginate';
import { scopedRequest } from '../shared/request';
import type {
	ApiRequestOptions,
	ApiResponse,
	ProviderErrorInfo,
	ProviderProfile,
	RequestScope,
} from '../shared/types';
import { nutshellOrigin } from './hosts';

/** REST 2.0 lives under this prefix on the credential's origin. */
export const REST = '/rest';
/** Legacy JSON-RPC endpoint, used only where REST has no equivalent (see rpcRequest). */
export const RPC_PATH = '/api/v1/json';
/** Page size for page[limit]; Return All walks 0-based page[page] until an empty page. */
export const PAGE_SIZE = 100;

interface NutshellErrorEntry {
	status?: string | number;
	title?: string | null;
	detail?: string | null;
	field?: string | null;
	code?: string | number | null;
	message?: string;
}

function describeEntry(entry: NutshellErrorEntry): string {
	const text = [entry.title, entry.detail].filter((part) => part && String(part).trim()).join(': ');
	const message = text || entry.message || '';
	return entry.field ? `${entry.field}: ${message}` : message;
}

/**
 * Nutshell error bodies come in four shapes (seen across https://developers.nutshell.com/reference and its clients): JSON-API `errors[]` (status as a string,
 * message in title/detail), `{code, message}`, a bare (JSON) string, or an HTML page (404, 401).
 */
export function parseNutshellError(response: ApiResponse<unknown>): ProviderErrorInfo {
	const body = response.body;
	let message = '';
	let code: string | undefined;
	if (Array.isArray((body as IDataObject)?.errors)) {
		const errors = (body as { errors: NutshellErrorEntry[] }).errors;
		message = errors.map(describeEntry).filter(Boolean).join('; ');
		code =
			errors[0]?.code === null || errors[0]?.code === undefined
				? undefined
				: String(errors[0].code);
	} else if (body && typeof body === 'object' && !Buffer.isBuffer(body)) {
		const shaped = body as { code?: unknown; message?: unknown; error?: unknown };
		message = String(shaped.message ?? shaped.error ?? '');
		code = shaped.code === undefined ? undefined : String(shaped.code);
		if (!message) message = plainText(body);
	} else {
		message = plainText(body).replace(/^An Error Occurred:\s*/i, '');
	}
	const status = response.statusCode;
	if (status === 401) {
		return {
			message: `authentication failed, check the email and API key${message && !/unauthori[sz]ed/i.test(message) ? ` (${message})` : ''}`,
			hint: 'Check the email and API key in the Nutshell credentials: the email must be the login of a Nutshell user, and the key must have API access (Setup › API Keys).',
			code,
		};
	}
	if (status === 404) {
		return {
			message:
				message && !/^not found$/i.test(message) ? message : 'the record or path was not found',
			hint: 'Check the ID; the record may have been deleted (deleted records can be restored with Undelete for 30 days).',
			code,
		};
	}
	return { message, code };
}

export const nutshellProfile: ProviderProfile = {
	app: 'Nutshell',
	credentialType: 'nutshellApi',
	resolveOrigin: nutshellOrigin,
	parseError: (response) => parseNutshellError(response),
	// No rate limit is published and no rate-limit headers are sent: the core still backs off on 429/5xx.
};

export type NutshellRequestOptions = Omit<ApiRequestOptions, 'method' | 'path'>;

/**
 * One request to the REST API: `path` is relative to /rest and already percent-encoded. The scope's
 * item index and Timeout go with it (a trigger or a dropdown passes `{ n8n: this }`).
 */
export async function nutshellRequest<T = IDataObject>(
	scope: RequestScope,
	method: IHttpRequestMethods,
	path: string,
	options: NutshellRequestOptions = {},
): Promise<ApiResponse<T>> {
	return await scopedRequest<T>(scope, nutshellProfile, {
		method,
		path: `${REST}${path}`,
		arrayFormat: 'repeat',
		...options,
	});
}

/** Records under their plural key, or a bare array (several reference lists are bare). */
export function recordsOf(body: unknown, key: string): IDataObject[] {
	if (Array.isArray(body)) return body as IDataObject[];
	if (!body || typeof body !== 'object') return [];
	const list = (body as IDataObject)[key];
	if (Array.isArray(list)) return list as IDataObject[];
	// Key spelled differently (e.g. accounttypes vs accountTypes): take the one record array if unambiguous.
	const arrays = Object.entries(body as IDataObject).filter(
		([name, value]) => name !== 'errors' && Array.isArray(value),
	);
	return arrays.length === 1 ? (arrays[0][1] as IDataObject[]) : [];
}

/** The one record of a single GET / create / status response. */
export function firstRecord(body: unknown, key: string): IDataObject {
	return recordsOf(body, key)[0] ?? {};
}

/**
 * Pages of one list fetched at once by default. Nutshell publishes no rate limit and sends no rate-limit
 * headers, so the default stays low (https://developers.nutshell.com/reference).
 */
export const DEFAULT_CONCURRENCY = 2;

/**
 * Main lists: `page[limit]` and a 0-based `page[page]`, walked until a page comes back empty (there is
 * no next link, and a short page is not trusted as the end in case the server caps the limit).
 * Page 0's `meta.total` says how many pages follow, so they are fetched `concurrency` at a time, in
 * order; the walk stops at a page count that fits that total (with room for records added meanwhile),
 * and fails on an endpoint that keeps sending the same page (ids or not) instead of walking on.
 */
export async function getAllPages(
	scope: RequestScope,
	path: string,
	key: string,
	options: {
		qs?: IDataObject;
		returnAll: boolean;
		limit?: number;
		pageSize?: number;
		/** Pages in flight at once (Options › Concurrency, read by the operation); default 2. */
		concurrency?: number;
		/** Applied to each record as its page arrives (e.g. Simplify), so raw pages are not all kept. */
		map?: (record: IDataObject) => IDataObject;
	},
): Promise<IDataObject[]> {
	const pageSize = options.returnAll
		? (options.pageSize ?? PAGE_SIZE)
		: Math.min(options.pageSize ?? PAGE_SIZE, Math.max(1, options.limit ?? 50));
	let maxPages = DEFAULT_MAX_PAGES;
	return await paginateNumbered<IDataObject, IDataObject>(
		async (page) => {
			if (page >= maxPages) throw new PaginationStalledError(maxPages, 'cap');
			const response = await nutshellRequest(scope, 'GET', path, {
				qs: { ...options.qs, 'page[limit]': pageSize, 'page[page]': page },
			});
			const items = recordsOf(response.body, key);
			if (page !== 0) return { items, more: items.length > 0 };
			const total = Number(
				((response.body as IDataObject)?.meta as IDataObject | undefined)?.total,
			);
			if (!Number.isInteger(total) || total < 0) return { items, more: items.length > 0 };
			// The data pages, then the empty page that ends the walk.
			const pages = Math.ceil(total / pageSize) + 1;
			maxPages = pages + Math.max(10, Math.ceil(pages / 10));
			// A first page shorter than asked (the server capped the size) leaves the page count unknown.
			const full = items.length === pageSize || total <= items.length;
			return { items, more: items.length > 0, totalPages: full ? pages : undefined };
		},
		{
			first: 0,
			pageSize,
			returnAll: options.returnAll,
			limit: options.limit,
			keyOf: (record) => (record.id === undefined ? undefined : String(record.id)),
			concurrency: options.concurrency ?? DEFAULT_CONCURRENCY,
			map: options.map,
		},
	);
}

/** One page of a main list (e.g. to look a record up before an upsert). */
export async function firstPage(
	scope: RequestScope,
	path: string,
	key: string,
	qs: IDataObject,
	size = PAGE_SIZE,
): Promise<IDataObject[]> {
	const response = await nutshellRequest(scope, 'GET', path, {
		qs: { ...qs, 'page[limit]': size, 'page[page]': 0 },
	});
	return recordsOf(response.body, key);
}

/**
 * Create: one record per request in the `{"<plural>": [ {...} ]}` envelope (Nutshell refuses more).
 * Never retried once it may have reached Nutshell: there is no idempotency key.
 */
export async function createRecord(
	scope: RequestScope,
	plural: string,
	record: IDataObject,
): Promise<IDataObject> {
	const response = await nutshellRequest(scope, 'POST', `/${plural}`, {
		body: { [plural]: [record] },
		idempotent: false,
	});
	return firstRecord(response.body, plural);
}

export interface PatchOperation extends IDataObject {
	op: 'add' | 'remove' | 'replace';
	path: string;
}

/** Update: PATCH with an RFC 6902 JSON Patch array, sent as application/json-patch+json (answers 204). */
export async function patchRecord(
	scope: RequestScope,
	plural: string,
	idPath: string,
	operations: PatchOperation[],
): Promise<void> {
	await nutshellRequest(scope, 'PATCH', `/${plural}/${idPath}`, {
		body: JSON.stringify(operations),
		headers: { 'Content-Type': 'application/json-patch+json' },
		idempotent: false,
	});
}

/** GET one record by its (encoded) id. */
export async function getRecord(
	scope: RequestScope,
	plural: string,
	idPath: string,
): Promise<IDataObject> {
	const response = await nutshellRequest(scope, 'GET', `/${plural}/${idPath}`);
	return firstRecord(response.body, plural);
}

/** The record a write answered with, or, when it answered without one, the record read back. */
export async function recordOrFetch(
	scope: RequestScope,
	body: unknown,
	plural: string,
	idPath: string,
): Promise<IDataObject> {
	const record = firstRecord(body, plural);
	return record.id ? record : await getRecord(scope, plural, idPath);
}

/** PATCH (JSON Patch), then read the record back: Nutshell answers a PATCH with 204 and no body. */
export async function patchAndGet(
	scope: RequestScope,
	plural: string,
	idPath: string,
	operations: PatchOperation[],
): Promise<IDataObject> {
	await patchRecord(scope, plural, idPath, operations);
	return await getRecord(scope, plural, idPath);
}

let rpcSequence = 0;

/**
 * JSON-RPC 2.0 on the legacy endpoint, through the same credential. Used ONLY where REST 2.0 has no
 * equivalent (teams, cross-entity search by email); the method names and result shapes come from the
 * legacy docs and community clients and are UNCONFIRMED against a live account.
 */
export async function rpcRequest<T = unknown>(
	scope: RequestScope,
	method: string,
	params: IDataObject,
): Promise<T> {
	const itemIndex = scope.index;
	const id = ++rpcSequence;
	const response = await scopedRequest<IDataObject>(scope, nutshellProfile, {
		method: 'POST',
		path: RPC_PATH,
		body: { jsonrpc: '2.0', id, method, params },
		// Only read methods go through here, so a repeat is harmless.
		idempotent: true,
	});
	const body = response.body ?? {};
	const failure = body.error as { code?: unknown; message?: unknown } | undefined;
	if (failure) {
		const message = `Nutshell answered ${String(failure.code ?? 'an error')}: ${String(failure.message ?? 'JSON-RPC call failed')} (${method})${itemSuffix(itemIndex)}`;
		throw new NodeApiError(
			scope.n8n.getNode(),
			{ message, code: String(failure.code ?? '') } as JsonObject,
			{
				message,
				description:
					'This call uses Nutshell’s legacy JSON-RPC API, since REST has no equivalent. Check the credentials and try again.',
				itemIndex,
			},
		);
	}
	return body.result as T;
}
