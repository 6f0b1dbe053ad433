import type { IDataObject } from 'n8n-workflow';

import { returnAllOrLimit } from '../../../shared/descriptions';
import { defineOperation } from '../../../shared/kit';
import { paginate } from '../../../shared/paginate';
import { filtersCollection, outputOptions } from '../../descriptions';
import { shapeOf } from '../../output';
import { kustomerRequest } from '../../transport';
import type { JsonApiResource } from '../../transport';
import { compact, dateOption } from '../common';

/** Audit-log entries per request: Kustomer's maximum `count`. */
export const AUDIT_PAGE_SIZE = 1000;

const OBJECT_TYPES = [
	'bill_subscription',
	'business_rule',
	'company',
	'conversation',
	'customer',
	'ip_rule',
	'message',
	'search',
	'shopify_rest',
	'shortcut',
	'user',
	'work_item',
	'work_session',
];

const title = (value: string) =>
	value.replace(
		/(^|_)([a-z])/g,
		(_, gap: string, c: string) => `${gap ? ' ' : ''}${c.toUpperCase()}`,
	);

/** The cursor of a `links.next` such as `/v1/audit-logs?count=100&before=<id>`. */
function cursorOf(link: string | null | undefined): IDataObject | undefined {
	if (!link) return undefined;
	const query = new URLSearchParams(link.split('?')[1] ?? '');
	const cursor: IDataObject = {};
	for (const key of ['before', 'after']) {
		const value = query.get(key);
		if (value) cursor[key] = value;
	}
	return Object.keys(cursor).length ? cursor : undefined;
}

/**
 * Audit-log events (who changed what, when): GET /v1/audit-logs, newest first, paged by cursor.
 * The filters are sent with every page, and only the cursor (`before` / `after`) is taken from
 * `links.next`, so a next link that leaves the filters out cannot widen the read.
 */
export const getMany = defineOperation('getMany', {
	name: 'Get Many',
	action: 'Get many audit log events',
	description:
		'Retrieve audit-log events (who changed which object, when), optionally within a date range, for an object type, object or user',
	fields: [
		...returnAllOrLimit(),
		filtersCollection([
			{
				displayName: 'From',
				name: 'start',
				type: 'dateTime',
				default: '',
				description: 'Only events at or after this time',
			},
			{
				displayName: 'Object ID',
				name: 'objectId',
				type: 'string',
				default: '',
				description: 'Only events of this object (needs Object Type)',
			},
			{
				displayName: 'Object Type',
				name: 'objectType',
				type: 'options',
				default: 'conversation',
				options: OBJECT_TYPES.map((value) => ({ name: title(value), value })),
			},
			{
				displayName: 'To',
				name: 'end',
				type: 'dateTime',
				default: '',
				description: 'Only events before this time',
			},
			{
				displayName: 'User ID',
				name: 'userId',
				type: 'string',
				default: '',
				description: 'Only events caused by this user',
			},
		]),
		outputOptions(),
	],
	input: (item) => {
		const filters = compact(item.collection('filters'));
		const start = dateOption(item, filters.start, 'From');
		const end = dateOption(item, filters.end, 'To');
		if (start && end && start > end) throw item.fail('From', `is after To (${start} > ${end})`);
		if (filters.objectId !== undefined && filters.objectType === undefined)
			throw item.fail('Object ID', 'needs Object Type: Kustomer filters by ID only within a type');
		const qs: IDataObject = {};
		if (start) qs['filter[start]'] = start;
		if (end) qs['filter[end]'] = end;
		for (const key of ['objectType', 'objectId', 'userId'])
			if (filters[key] !== undefined) qs[`filter[${key}]`] = String(filters[key]);
		return { qs, limit: item.limit(), shape: shapeOf(item, 'record') };
	},
	run: async (item, { qs, limit, shape }) => {
		const count = Math.min(AUDIT_PAGE_SIZE, limit ?? AUDIT_PAGE_SIZE);
		const records = await paginate<JsonApiResource, IDataObject>(
			async (cursor) => {
				const response = await kustomerRequest(item, 'GET', '/v1/audit-logs', {
					qs: { ...qs, count, ...cursor },
				});
				const body = (response.body ?? {}) as {
					data?: JsonApiResource[];
					links?: { next?: string | null };
				};
				return { items: body.data ?? [], next: cursorOf(body.links?.next) };
			},
			{ returnAll: limit === undefined, limit, keyOf: (record) => record.id },
		);
		return records.map(shape);
	},
});
