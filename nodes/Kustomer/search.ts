import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject } from 'n8n-workflow';

import { itemSuffix } from '../shared/errors';
import { toRelativeLink } from '../shared/hosts';
import type { RequestScope } from '../shared/types';
import { LISTING_CAP, beyondCap, kustomerRequest } from './transport';
import type { JsonApiResource } from './transport';

/**
 * Search endpoints: the live index covers objects updated within two years; the archive, older
 * ones.
 */
export const SEARCH_PATH = '/v1/customers/search';
export const ARCHIVE_SEARCH_PATH = '/v1/customers/archive/search';
export const SEARCH_PAGE_SIZE = 500;

export interface SearchQuery {
	/** `customer`, `conversation`, `message`, `note`, `company`, `kobject` or `kobject_<klass>`. */
	queryContext: string;
	and?: IDataObject[];
	or?: IDataObject[];
	not?: IDataObject | IDataObject[];
	sort?: IDataObject[];
	timeZone?: string;
	includeDeleted?: boolean;
}

export interface SearchOptions {
	returnAll: boolean;
	limit?: number;
	/**
	 * Search the archive (objects last updated more than two years ago) instead of the live index.
	 */
	archive?: boolean;
	pageSize?: number;
	/** Kustomer's cap; only tests change it. */
	cap?: typeof LISTING_CAP;
	/**
	 * Keeps only the records it accepts; Limit then counts kept records, and pages stay full-size
	 * because an unknown share of each page is dropped.
	 */
	keep?: (record: JsonApiResource) => boolean;
}

/** Reaching the cap without a way to restart fails the item rather than return a partial list. */
function capError(scope: RequestScope, kind: 'sort' | 'stalled'): NodeOperationError {
	const itemIndex = scope.index;
	const message =
		kind === 'sort'
			? `Kustomer returns at most ${LISTING_CAP.maxRecords} results per search, and this search ` +
				`has more${itemSuffix(itemIndex)}`
			: `More than ${LISTING_CAP.maxRecords} records share the same 'Updated At' value, so the ` +
				`search cannot move past them${itemSuffix(itemIndex)}`;
	const description =
		kind === 'sort'
			? "Sort by 'Updated At' ascending (the only order that can restart past the cap), turn off " +
				'Return All, or narrow the filters.'
			: 'Narrow the filters so fewer records share one update time.';
	return new NodeOperationError(scope.n8n.getNode(), message, { itemIndex, description });
}

/** Which time an incremental read follows: the last change, or the creation. */
export type TimeBasis = 'updated' | 'created';

/**
 * The attribute Kustomer sorts and filters incremental reads on, e.g. `customer_updated_at` (or
 * `customer_created_at` for the creation time).
 */
export function updatedAtField(queryContext: string, basis: TimeBasis = 'updated'): string {
	return `${queryContext.startsWith('kobject') ? 'kobject' : queryContext}_${basis}_at`;
}

/** The record attribute that carries the time of `basis`. */
const timeAttribute = (basis: TimeBasis) => (basis === 'created' ? 'createdAt' : 'updatedAt');

interface SearchPage {
	data?: JsonApiResource[];
	links?: { next?: string | null };
}

function withoutEmpty(query: SearchQuery): IDataObject {
	const body: IDataObject = { queryContext: query.queryContext };
	if (query.and?.length) body.and = query.and;
	if (query.or?.length) body.or = query.or;
	if (query.not && (!Array.isArray(query.not) || query.not.length)) body.not = query.not;
	if (query.sort?.length) body.sort = query.sort;
	if (query.timeZone) body.timeZone = query.timeZone;
	if (query.includeDeleted) body.includeDeleted = true;
	return body;
}

/**
 * The time a search can be read on as a keyset: its only sort is `<context>_updated_at` (or
 * `_created_at`) ascending. Undefined for any other sort.
 */
function keysetBasis(query: SearchQuery): TimeBasis | undefined {
	const first = query.sort?.[0];
	if (query.sort?.length !== 1 || first === undefined) return undefined;
	for (const basis of ['updated', 'created'] as const)
		if (first[updatedAtField(query.queryContext, basis)] === 'asc') return basis;
	return undefined;
}

/**
 * Runs one search over its page numbers (`links.next`), stopping at the limit or Kustomer's cap,
 * each record once. `capped` says the cap cut the search short.
 */
async function searchPages(
	scope: RequestScope,
	body: IDataObject,
	options: SearchOptions,
	wanted: number,
): Promise<{ records: JsonApiResource[]; capped: boolean }> {
	const pageSize = options.pageSize ?? SEARCH_PAGE_SIZE;
	const path = options.archive ? ARCHIVE_SEARCH_PATH : SEARCH_PATH;
	const seen = new Set<string>();
	const records: JsonApiResource[] = [];
	let next: string | undefined = `${path}?page=1&pageSize=${pageSize}`;
	const used = new Set<string>();
	while (next !== undefined && records.length < wanted) {
		used.add(next);
		const response = await kustomerRequest(scope, 'POST', next, { body, idempotent: true });
		const page = (response.body ?? {}) as SearchPage;
		for (const record of page.data ?? []) {
			if (seen.has(record.id)) continue;
			seen.add(record.id);
			if (options.keep && !options.keep(record)) continue;
			records.push(record);
			if (records.length >= wanted) break;
		}
		const link = page.links?.next ? toRelativeLink(page.links.next) : undefined;
		if (!link || !page.data?.length || used.has(link)) break;
		if (beyondCap(link, pageSize, options.cap)) return { records, capped: true };
		next = link;
	}
	return { records, capped: false };
}

/**
 * A search sorted by `updatedAt` ascending, read on the total order (updatedAt, then id, as
 * Kustomer breaks ties): each request asks for page 1 of "updated at or after the last `updatedAt`
 * seen" and drops the ids already returned. A record edited during the walk moves to the end
 * instead of pushing another across a page boundary, so none is lost and none returned twice, and
 * Kustomer's 10,000-record cap never applies. Only when more records than one page share one
 * `updatedAt` are the next pages of that same query read; more than the cap of them cannot be read
 * and fail the item. Shared by the action node's search-based Return All.
 */
async function keysetSearch(
	scope: RequestScope,
	query: SearchQuery,
	options: SearchOptions,
	wanted: number,
	pageSize: number,
	basis: TimeBasis,
): Promise<JsonApiResource[]> {
	const field = updatedAtField(query.queryContext, basis);
	const path = options.archive ? ARCHIVE_SEARCH_PATH : SEARCH_PATH;
	const cap = options.cap ?? LISTING_CAP;
	const seen = new Set<string>();
	const out: JsonApiResource[] = [];
	let since: string | undefined;
	let page = 1;
	for (;;) {
		const and =
			since === undefined ? query.and : [...(query.and ?? []), { [field]: { gte: since } }];
		const response = await kustomerRequest(scope, 'POST', path, {
			qs: { page, pageSize },
			body: withoutEmpty({ ...query, and }),
			idempotent: true,
		});
		const body = (response.body ?? {}) as SearchPage;
		const data = body.data ?? [];
		for (const record of data) {
			if (seen.has(record.id)) continue;
			seen.add(record.id);
			if (options.keep && !options.keep(record)) continue;
			out.push(record);
			if (out.length >= wanted) return out;
		}
		if (!body.links?.next || data.length === 0) return out;
		const last = data[data.length - 1].attributes?.[timeAttribute(basis)];
		if (typeof last === 'string' && last !== since) {
			since = last;
			page = 1;
			continue;
		}
		// The whole page shares the cursor's instant: the next page of the same query.
		page++;
		if (page > cap.maxPages || (page - 1) * pageSize >= cap.maxRecords)
			throw capError(scope, 'stalled');
	}
}

/**
 * Kustomer search. Sorted by `updated_at` ascending it reads on the total order (see keysetSearch),
 * so Return All goes past the 100-page / 10,000-record cap. Any other sort walks page numbers and
 * cannot restart, so reaching the cap then fails rather than return a partial list.
 */
export async function kustomerSearch(
	scope: RequestScope,
	query: SearchQuery,
	options: SearchOptions,
): Promise<JsonApiResource[]> {
	const wanted = options.returnAll ? Infinity : Math.max(0, options.limit ?? 50);
	if (wanted === 0) return [];
	const pageSize =
		options.returnAll || options.keep
			? (options.pageSize ?? SEARCH_PAGE_SIZE)
			: Math.min(options.pageSize ?? SEARCH_PAGE_SIZE, Math.max(1, wanted));
	const basis = keysetBasis(query);
	if (basis !== undefined)
		return await keysetSearch(scope, query, options, wanted, pageSize, basis);
	const { records, capped } = await searchPages(
		scope,
		withoutEmpty(query),
		{ ...options, pageSize },
		wanted,
	);
	if (capped && records.length < wanted) throw capError(scope, 'sort');
	return records;
}

export interface UpdatedSinceOptions {
	/** `customer`, `conversation`, `kobject_<klass>`, ... */
	queryContext: string;
	/** ISO 8601; records updated (or created, see `basis`) at or after it. Omit for every record. */
	since?: string;
	/** Follow the update time (default) or the creation time. */
	basis?: TimeBasis;
	/** Extra criteria, ANDed. */
	and?: IDataObject[];
	includeDeleted?: boolean;
	/** Also read the archive (objects last updated more than two years ago) first. */
	includeArchived?: boolean;
	returnAll?: boolean;
	limit?: number;
	cap?: typeof LISTING_CAP;
	/** Keeps only the records it accepts (see SearchOptions.keep). */
	keep?: SearchOptions['keep'];
}

/**
 * Records updated since a date, oldest change first, each once: the incremental read Kustomer
 * recommends (search, `updated_at` ascending, `gte`, restart past the cap). With `includeArchived`
 * the archive is read first, so the result stays in ascending order. Reused by the polling trigger.
 */
export async function searchUpdatedSince(
	scope: RequestScope,
	options: UpdatedSinceOptions,
): Promise<JsonApiResource[]> {
	const field = updatedAtField(options.queryContext, options.basis);
	const query: SearchQuery = {
		queryContext: options.queryContext,
		and: [...(options.since ? [{ [field]: { gte: options.since } }] : []), ...(options.and ?? [])],
		sort: [{ [field]: 'asc' }],
		includeDeleted: options.includeDeleted,
	};
	const returnAll = options.returnAll ?? true;
	const base = { returnAll, limit: options.limit, cap: options.cap, keep: options.keep };
	const archived = options.includeArchived
		? await kustomerSearch(scope, query, { ...base, archive: true })
		: [];
	if (!returnAll && archived.length >= (options.limit ?? 50)) return archived;
	const ids = new Set(archived.map((record) => record.id));
	const live = await kustomerSearch(scope, query, {
		...base,
		limit: returnAll ? undefined : (options.limit ?? 50) - archived.length,
	});
	return [...archived, ...live.filter((record) => !ids.has(record.id))];
}
