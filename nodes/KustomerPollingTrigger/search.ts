import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IPollFunctions } from 'n8n-workflow';

import { SEARCH_PAGE_SIZE, SEARCH_PATH } from '../Kustomer/search';
import { LISTING_CAP, kustomerRequest } from '../Kustomer/transport';
import type { JsonApiResource } from '../Kustomer/transport';
import { advanceTime } from '../shared/trigger/poll';
import type { PageStep, TimeCursor } from '../shared/trigger/poll';

/** Kustomer's largest search page: fewer requests under its limit of 100 searches a minute. */
export const PAGE_SIZE = SEARCH_PAGE_SIZE;

export interface SearchTarget {
	/** `customer`, `company`, `conversation`, `message`, `note`, or `kobject_<klass>`. */
	queryContext: string;
	/** Attribute prefix of the context: `customer`, ..., `kobject`. */
	prefix: string;
	/** `updatedAt` (new or updated) or `createdAt` (new). */
	timeField: 'updatedAt' | 'createdAt';
	includeDeleted: boolean;
}

function criterion(target: SearchTarget): string {
	return `${target.prefix}_${target.timeField === 'updatedAt' ? 'updated_at' : 'created_at'}`;
}

export function timeOf(target: SearchTarget) {
	return (record: JsonApiResource): string => String(record.attributes?.[target.timeField] ?? '');
}

async function search(
	context: IPollFunctions,
	target: SearchTarget,
	body: IDataObject,
	page: number,
	pageSize: number,
): Promise<JsonApiResource[]> {
	const response = await kustomerRequest({ n8n: context }, 'POST', SEARCH_PATH, {
		qs: { page, pageSize },
		body: {
			queryContext: target.queryContext,
			...body,
			...(target.includeDeleted ? { includeDeleted: true } : {}),
		},
		// A search changes nothing: safe to repeat after a broken connection.
		idempotent: true,
	});
	return ((response.body as IDataObject)?.data as JsonApiResource[] | undefined) ?? [];
}

/** The newest record, for Fetch Test Event. */
export async function newest(
	context: IPollFunctions,
	target: SearchTarget,
): Promise<JsonApiResource | undefined> {
	const field = criterion(target);
	return (await search(context, target, { sort: [{ [field]: 'desc' }] }, 1, 1))[0];
}

/** The last page number a search may ask for: Kustomer stops every search at 10,000 records. */
export const MAX_PAGE = Math.floor(LISTING_CAP.maxRecords / PAGE_SIZE);

/**
 * One step of the "updated since" walk, on the total order (time, then the set of ids already emitted
 * at that time). Kustomer documents sorting and filtering on `<object>_updated_at` (and
 * `_created_at`), but neither a sort nor a filter on the id, and warns that sorts on several fields
 * behave inconsistently; so ties are broken on our side:
 *
 * - Each request reads `>= since` in ascending order from page 1 (keyset): an edit between two
 *   requests moves a record to a later time, where the walk meets it again, instead of shifting a
 *   page-numbered list under us.
 * - Records at exactly `since` that were emitted are remembered in the cursor, all of them (the list
 *   is dropped as soon as the cursor moves past that time, so it only grows with one timestamp's ties).
 * - When more records share `since` than one page holds, the walk pages through them by number
 *   (the query does not change while it does). Because an edit during that walk can shift the
 *   remaining ties back by one, a tie group that spanned several pages is walked once more from page
 *   1 before the cursor leaves it; anything the first walk missed is emitted then.
 *
 * The cursor moves only after the page arrived, so a poll that stops (a failure, the page budget)
 * resumes where it stopped, and nothing is emitted twice.
 */
export function searchStep(
	context: IPollFunctions,
	target: SearchTarget,
	state: { cursor: TimeCursor },
): () => Promise<PageStep<JsonApiResource>> {
	let page = 1;
	let rewalked = false;
	const field = criterion(target);
	const time = timeOf(target);
	return async () => {
		const { since } = state.cursor;
		const sinceMs = Date.parse(since);
		const body = { and: [{ [field]: { gte: since } }], sort: [{ [field]: 'asc' }] };
		const records = await search(context, target, body, page, PAGE_SIZE);
		const last = records.length < PAGE_SIZE;
		const seen = new Set(state.cursor.seen);
		const ties: JsonApiResource[] = [];
		for (const record of records) {
			if (Date.parse(time(record)) !== sinceMs || seen.has(record.id)) continue;
			seen.add(record.id);
			ties.push(record);
		}
		const tieCursor: TimeCursor = { since, seen: [...seen] };
		const later = records.filter((record) => Date.parse(time(record)) > sinceMs);

		if (later.length === 0) {
			// Still among the records at `since` (or at the end): the next page of the same query.
			state.cursor = tieCursor;
			if (last) return { records: ties, done: true };
			if (page >= MAX_PAGE) {
				throw new NodeOperationError(
					context.getNode(),
					`More than ${LISTING_CAP.maxRecords} Kustomer records share the time ${since}, so the search cannot move past them`,
					{
						description:
							'Kustomer stops every search at 10,000 records. The records emitted so far are kept; narrow the watched records (e.g. a Klass) or contact Kustomer.',
					},
				);
			}
			page++;
			return { records: ties, done: false };
		}
		if (page > 1 && !rewalked) {
			// The ties spanned several pages: read them once more from page 1 before leaving them.
			state.cursor = tieCursor;
			rewalked = true;
			page = 1;
			return { records: ties, done: false };
		}
		const moved = advanceTime(later, { since, seen: [] }, time, (record) => record.id);
		state.cursor = moved.cursor;
		page = 1;
		rewalked = false;
		return { records: [...ties, ...moved.fresh], done: last };
	};
}
