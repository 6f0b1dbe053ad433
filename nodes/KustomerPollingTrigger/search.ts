import type { IDataObject, IPollFunctions } from 'n8n-workflow';

import { SEARCH_PAGE_SIZE, SEARCH_PATH } from '../Kustomer/search';
import { kustomerRequest } from '../Kustomer/transport';
import type { JsonApiResource } from '../Kustomer/transport';
import { advanceTime } from '../shared/trigger/poll';
import type { PageStep, TimeCursor } from '../shared/trigger/poll';

/** Kustomer's largest search page: fewer requests under its limit of 100 searches a minute. */
export const PAGE_SIZE = SEARCH_PAGE_SIZE;

export interface SearchTarget {
	/** `customer`, `conversation`, `message`, or `kobject_<klass>`. */
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

async function search(context: IPollFunctions, target: SearchTarget, body: IDataObject, page: number, pageSize: number): Promise<JsonApiResource[]> {
	const response = await kustomerRequest.call(context, 'POST', SEARCH_PATH, {
		qs: { page, pageSize },
		body: { queryContext: target.queryContext, ...body, ...(target.includeDeleted ? { includeDeleted: true } : {}) },
		// A search changes nothing: safe to repeat after a broken connection.
		idempotent: true,
	});
	return ((response.body as IDataObject)?.data as JsonApiResource[] | undefined) ?? [];
}

/** The newest record, for Fetch Test Event. */
export async function newest(context: IPollFunctions, target: SearchTarget): Promise<JsonApiResource | undefined> {
	const field = criterion(target);
	return (await search(context, target, { sort: [{ [field]: 'desc' }] }, 1, 1))[0];
}

/**
 * One step of the "updated since" walk: always page 1 of `>= since` in ascending order (keyset),
 * so records edited between requests cannot shift others out of reach as page numbers would. Page
 * 2, 3, ... are read only while a page brings nothing new (more equal timestamps than one page).
 * The cursor moves only after the page arrived. (The action node's `searchUpdatedSince` walks
 * page numbers and returns only at the end, so a trigger could neither resume after a failed
 * page nor be sure an edit between two pages did not push a record past it.)
 */
export function searchStep(context: IPollFunctions, target: SearchTarget, state: { cursor: TimeCursor }): () => Promise<PageStep<JsonApiResource>> {
	let page = 1;
	const field = criterion(target);
	return async () => {
		const body = { and: [{ [field]: { gte: state.cursor.since } }], sort: [{ [field]: 'asc' }] };
		const records = await search(context, target, body, page, PAGE_SIZE);
		const { fresh, cursor } = advanceTime(records, state.cursor, timeOf(target), (record) => record.id);
		state.cursor = cursor;
		page = fresh.length === 0 ? page + 1 : 1;
		return { records: fresh, done: records.length < PAGE_SIZE };
	};
}
