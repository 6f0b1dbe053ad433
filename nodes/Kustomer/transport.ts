import type { IDataObject, IHttpRequestMethods } from 'n8n-workflow';

import { plainText } from '../shared/errors';
import { toRelativeLink } from '../shared/hosts';
import { paginate } from '../shared/paginate';
import { apiRequest } from '../shared/request';
import { getHeader } from '../shared/retry';
import type { ApiRequestOptions, ApiResponse, HttpHeaders, ProviderErrorInfo, ProviderProfile, RateLimitSnapshot, RequestContext } from '../shared/types';
import { kustomerOrigin } from './hosts';
import { roleHint } from './roles';

interface KustomerErrorEntry {
	status?: string | number;
	code?: string;
	title?: string;
	detail?: string;
	message?: string;
	source?: { pointer?: string; parameter?: string };
	meta?: { subErrors?: Array<{ title?: string; source?: { pointer?: string } }> };
}

function describeEntry(entry: KustomerErrorEntry): string {
	const sub = entry.meta?.subErrors?.map((s) => [s.source?.pointer, s.title].filter(Boolean).join(': ')).filter(Boolean);
	const where = entry.source?.pointer ?? entry.source?.parameter;
	const text = entry.detail ?? entry.title ?? entry.message ?? entry.code ?? '';
	return [where ? `${where}: ${text}` : text, ...(sub ?? [])].filter(Boolean).join('; ');
}

/** Kustomer's `errors[]` (simple or JSON:API shape), older top-level keys, text or HTML. */
export function parseKustomerError(response: ApiResponse<unknown>, request: { method: string; path: string }): ProviderErrorInfo {
	const body = response.body as IDataObject | string | undefined;
	let message = '';
	let code: string | undefined;
	if (body && typeof body === 'object') {
		const errors = Array.isArray(body.errors) ? (body.errors as KustomerErrorEntry[]) : body.errors ? [body.errors as KustomerErrorEntry] : [];
		message = errors.map(describeEntry).filter(Boolean).join('; ');
		code = errors[0]?.code;
		if (!message) message = String(body.message ?? body.error ?? body.errorCode ?? '');
	} else {
		message = plainText(body);
	}
	const status = response.statusCode;
	if (status === 401) {
		return /expired/i.test(message)
			? { message: 'the API key has expired (Expired token)', hint: 'Create a new API key in Kustomer under Settings › Security › API Keys and update the credentials.', code }
			: { message: `invalid API key, or the key lacks a role this request needs${message ? ` (${message})` : ''}`, hint: 'Check the API key. Kustomer also answers 401 when a key lacks a role; roles cannot be added to an existing key, so create a new key with the roles needed.', code };
	}
	if (status === 403) return { message: message || 'forbidden', hint: roleHint(message, request), code };
	return { message, code };
}

function readKustomerRateLimit(headers: HttpHeaders): RateLimitSnapshot | undefined {
	const remaining = getHeader(headers, 'x-ratelimit-remaining');
	if (remaining === undefined) return undefined;
	const limit = getHeader(headers, 'x-ratelimit-limit');
	const reset = Number(getHeader(headers, 'x-ratelimit-reset'));
	// The reset header is documented both as epoch seconds and as seconds until reset.
	const resetAtMs = Number.isFinite(reset) && reset > 0 ? (reset > 1e9 ? reset * 1000 : Date.now() + reset * 1000) : undefined;
	return { limit: limit === undefined ? undefined : Number(limit), remaining: Number(remaining), windowMs: 60_000, resetAtMs };
}

export const kustomerProfile: ProviderProfile = {
	app: 'Kustomer',
	credentialType: 'kustomerApi',
	resolveOrigin: kustomerOrigin,
	parseError: parseKustomerError,
	readRateLimit: readKustomerRateLimit,
};

export type KustomerRequestOptions = Omit<ApiRequestOptions, 'method' | 'path'>;

export async function kustomerRequest<T = IDataObject>(
	this: RequestContext,
	method: IHttpRequestMethods,
	path: string,
	options: KustomerRequestOptions = {},
): Promise<ApiResponse<T>> {
	return await apiRequest.call<RequestContext, [ProviderProfile, ApiRequestOptions], Promise<ApiResponse<T>>>(this, kustomerProfile, { method, path, ...options });
}

export interface JsonApiResource extends IDataObject {
	id: string;
	type?: string;
	attributes?: IDataObject;
	relationships?: IDataObject;
}

interface JsonApiList extends IDataObject {
	data?: JsonApiResource[];
	links?: { next?: string | null };
}

/** `{ id, ...attributes }` plus related ids (e.g. `customer: "<id>"`); the raw form stays available via Simplify off. */
export function flatten(resource: JsonApiResource): IDataObject {
	const out: IDataObject = { id: resource.id, ...(resource.attributes ?? {}) };
	for (const [name, relation] of Object.entries(resource.relationships ?? {})) {
		const data = (relation as IDataObject)?.data as IDataObject | IDataObject[] | undefined;
		if (data === undefined || data === null || name in out) continue;
		out[name] = Array.isArray(data) ? data.map((entry) => entry.id as string) : (data.id as string);
	}
	return out;
}

/**
 * Page-number lists: `page`/`pageSize` on the first request, then `links.next` (re-based onto the
 * credential's host). Records are de-duplicated by id.
 */
export async function kustomerGetMany(
	this: RequestContext,
	path: string,
	options: { qs?: IDataObject; returnAll: boolean; limit?: number; pageSize?: number; itemIndex?: number; method?: IHttpRequestMethods; body?: IDataObject },
): Promise<JsonApiResource[]> {
	const pageSize = options.pageSize ?? 100;
	const firstQs = { ...options.qs, page: 1, pageSize: options.returnAll ? pageSize : Math.min(pageSize, options.limit ?? pageSize) };
	return await paginate<JsonApiResource, string>(
		async (next) => {
			const response = next
				? await kustomerRequest.call(this, options.method ?? 'GET', next, { body: options.body, itemIndex: options.itemIndex, idempotent: true })
				: await kustomerRequest.call(this, options.method ?? 'GET', path, { qs: firstQs, body: options.body, itemIndex: options.itemIndex, idempotent: true });
			const list = (response.body ?? {}) as JsonApiList;
			const link = list.links?.next;
			return { items: list.data ?? [], next: link ? toRelativeLink(link) : undefined };
		},
		{ returnAll: options.returnAll, limit: options.limit, keyOf: (record) => record.id },
	);
}
