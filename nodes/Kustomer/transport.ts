import type { IDataObject, IHttpRequestMethods } from 'n8n-workflow';

import { plainText } from '../shared/errors';
import { toRelativeLink } from '../shared/hosts';
import { paginateNumbered } from '../shared/paginate';
import { scopedRequest } from '../shared/request';
import { getHeader, waitFromNumber } from '../shared/retry';
import type {
	ApiRequestOptions,
	ApiResponse,
	HttpHeaders,
	ProviderErrorInfo,
	ProviderProfile,
	RateLimitSnapshot,
	RequestScope,
} from '../shared/types';
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
	const sub = entry.meta?.subErrors
		?.map((s) => [s.source?.pointer, s.title].filter(Boolean).join(': '))
		.filter(Boolean);
	const where = entry.source?.pointer ?? entry.source?.parameter;
	const text = entry.detail ?? entry.title ?? entry.message ?? entry.code ?? '';
	return [where ? `${where}: ${text}` : text, ...(sub ?? [])].filter(Boolean).join('; ');
}

/** Kustomer's `errors[]` (simple or JSON:API shape), older top-level keys, text or HTML. */
export function parseKustomerError(
	response: ApiResponse<unknown>,
	request: { method: string; path: string },
): ProviderErrorInfo {
	const body = response.body as IDataObject | string | undefined;
	let message = '';
	let code: string | undefined;
	if (body && typeof body === 'object') {
		const errors = Array.isArray(body.errors)
			? (body.errors as KustomerErrorEntry[])
			: body.errors
				? [body.errors as KustomerErrorEntry]
				: [];
		message = errors.map(describeEntry).filter(Boolean).join('; ');
		code = errors[0]?.code;
		if (!message) message = String(body.message ?? body.error ?? body.errorCode ?? '');
	} else {
		message = plainText(body);
	}
	const status = response.statusCode;
	if (status === 401) {
		return /expired/i.test(message)
			? {
					message: 'the API key has expired (Expired token)',
					hint:
						'Create a new API key in Kustomer under Settings › Security › API Keys and update ' +
						'the credentials.',
					code,
				}
			: {
					message:
						'invalid API key, or the key lacks a role this request needs' +
						(message ? ` (${message})` : ''),
					hint:
						'Check the API key. Kustomer also answers 401 when a key lacks a role; roles cannot ' +
						'be added to an existing key, so create a new key with the roles needed.',
					code,
				};
	}
	if (status === 403)
		return { message: message || 'forbidden', hint: roleHint(message, request), code };
	if (/associated with pod .* handled by/i.test(message)) {
		return {
			message,
			code,
			hint:
				'The API key belongs to another Kustomer region: choose "Organization Host" in the ' +
				'credentials, which routes to the right region.',
		};
	}
	return { message, code };
}

/**
 * Kustomer's limit is per minute; the reset header is read defensively (an epoch time in seconds or
 * milliseconds when that large, else seconds until reset). The window used for pacing ends at the
 * reset, so the pace follows the provider's own clock.
 */
export function readKustomerRateLimit(
	headers: HttpHeaders,
	now = Date.now(),
): RateLimitSnapshot | undefined {
	const remaining = getHeader(headers, 'x-ratelimit-remaining');
	if (remaining === undefined) return undefined;
	const limit = getHeader(headers, 'x-ratelimit-limit');
	const reset = Number(getHeader(headers, 'x-ratelimit-reset'));
	const resetAtMs =
		Number.isFinite(reset) && reset > 0 ? now + waitFromNumber(reset, now) : undefined;
	const windowMs =
		resetAtMs === undefined ? 60_000 : Math.min(60_000, Math.max(1_000, resetAtMs - now));
	return {
		limit: limit === undefined ? undefined : Number(limit),
		remaining: Number(remaining),
		windowMs,
		resetAtMs,
	};
}

export const kustomerProfile: ProviderProfile = {
	app: 'Kustomer',
	credentialType: 'kustomerApi',
	resolveOrigin: kustomerOrigin,
	parseError: parseKustomerError,
	readRateLimit: readKustomerRateLimit,
};

export type KustomerRequestOptions = Omit<
	ApiRequestOptions,
	'method' | 'path' | 'itemIndex' | 'timeoutMs'
>;

/**
 * One request to Kustomer's API (`path` from the origin, e.g. `/v1/customers`). The scope says who
 * sends it: an action node's `Item` (its index and Timeout go with the request) or `{ n8n: this }`
 * in triggers and dropdown methods.
 */
export async function kustomerRequest<T = IDataObject>(
	scope: RequestScope,
	method: IHttpRequestMethods,
	path: string,
	options: KustomerRequestOptions = {},
): Promise<ApiResponse<T>> {
	return await scopedRequest<T>(scope, kustomerProfile, { method, path, ...options });
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
	meta?: { total?: number; totalPages?: number };
}

/**
 * `{ id, ...attributes }` plus related ids (e.g. `customer: "<id>"`); the raw form stays available
 * via Simplify off.
 */
export function flatten(resource: JsonApiResource): IDataObject {
	const out: IDataObject = { id: resource.id, ...(resource.attributes ?? {}) };
	for (const [name, relation] of Object.entries(resource.relationships ?? {})) {
		const data = (relation as IDataObject)?.data as IDataObject | IDataObject[] | undefined;
		if (data === undefined || data === null || name in out) continue;
		out[name] = Array.isArray(data) ? data.map((entry) => entry.id as string) : (data.id as string);
	}
	return out;
}

/** Kustomer's cap on one listing or search: 100 pages or 10,000 records, whichever comes first. */
export const LISTING_CAP = { maxPages: 100, maxRecords: 10_000 };

/** The page number of a `links.next` such as `/v1/customers?page=3&pageSize=100`. */
export function pageOf(link: string): number | undefined {
	const page = /[?&]page=(\d+)/.exec(link)?.[1];
	return page === undefined ? undefined : Number(page);
}

/** Whether following `next` would go past Kustomer's listing cap. */
export function beyondCap(next: string, pageSize: number, cap = LISTING_CAP): boolean {
	const page = pageOf(next);
	return page !== undefined && (page > cap.maxPages || (page - 1) * pageSize >= cap.maxRecords);
}

export interface GetManyOptions {
	qs?: IDataObject;
	returnAll: boolean;
	limit?: number;
	pageSize?: number;
	cap?: typeof LISTING_CAP;
	/**
	 * Stop after the first page when its `meta.total` shows the list is past the cap, so the caller
	 * can go straight to search instead of reading 10,000 records it would then read again.
	 */
	stopEarlyPastCap?: boolean;
	/** Pages in flight at once; 1 reads one page after another. */
	concurrency?: number;
}

/**
 * Pages of one list fetched at once by default: the org's budget (300 to 2,000 requests a minute by
 * plan, shared by every key) is the only documented limit, and the pacer keeps to it from the
 * rate-limit headers.
 */
export const DEFAULT_CONCURRENCY = 4;

/** `link` with its page number set to `page` (links carry whatever else the server put in them). */
export function withPage(link: string, page: number): string {
	return link.replace(/([?&]page=)\d+/, `$1${page}`);
}

/**
 * Page-number lists: `page`/`pageSize` on the first request, then the first page's `links.next`
 * (re-based onto the credential's host) with each page number. Page 1's `meta.totalPages` lets the
 * following pages be fetched `concurrency` at a time, in order. Records are de-duplicated by id.
 * Never asks for a page past Kustomer's cap; `capped` says the cap cut the list short.
 */
export async function kustomerListing(
	scope: RequestScope,
	path: string,
	options: GetManyOptions,
): Promise<{ records: JsonApiResource[]; capped: boolean }> {
	const pageSize = options.returnAll
		? (options.pageSize ?? 100)
		: Math.min(options.pageSize ?? 100, Math.max(1, options.limit ?? 50));
	const cap = options.cap ?? LISTING_CAP;
	const capPages = Math.max(1, Math.min(cap.maxPages, Math.ceil(cap.maxRecords / pageSize)));
	const firstQs = { ...options.qs, page: 1, pageSize };
	let template: string | undefined;
	/** Pages whose next page lies past the cap (only the pages read in order count). */
	const cappedAt = new Set<number>();
	let capped = false;
	const records = await paginateNumbered<JsonApiResource>(
		async (page) => {
			const response =
				page === 1
					? await kustomerRequest(scope, 'GET', path, { qs: firstQs })
					: await kustomerRequest(scope, 'GET', withPage(template!, page));
			const list = (response.body ?? {}) as JsonApiList;
			const link = list.links?.next ? toRelativeLink(list.links.next) : undefined;
			const items = list.data ?? [];
			if (page === 1) {
				template = link;
				const total = Number(list.meta?.total);
				if (link && options.stopEarlyPastCap && total > cap.maxRecords) {
					cappedAt.add(page);
					return { items, more: false };
				}
			}
			if (link && beyondCap(link, pageSize, cap)) {
				cappedAt.add(page);
				return { items, more: false };
			}
			const totalPages = Number(list.meta?.totalPages);
			return {
				items,
				more: link !== undefined,
				totalPages: Number.isFinite(totalPages) ? Math.min(totalPages, capPages) : undefined,
			};
		},
		{
			first: 1,
			pageSize,
			returnAll: options.returnAll,
			limit: options.limit,
			keyOf: (record) => record.id,
			maxPages: capPages,
			concurrency: options.concurrency ?? DEFAULT_CONCURRENCY,
			onPage: (_records, page) => {
				capped = cappedAt.has(page);
			},
		},
	);
	const short = options.returnAll || records.length < (options.limit ?? 50);
	return { records, capped: capped && short };
}

export async function kustomerGetMany(
	scope: RequestScope,
	path: string,
	options: GetManyOptions,
): Promise<JsonApiResource[]> {
	return (await kustomerListing(scope, path, options)).records;
}

/** The `data` of a single-record response. */
export function dataOf(body: unknown): JsonApiResource {
	return ((body ?? {}) as { data: JsonApiResource }).data;
}
