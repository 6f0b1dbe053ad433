import type { IDataObject } from 'n8n-workflow';

import { returnAllOrLimit } from '../../../shared/descriptions';
import { toRelativeLink } from '../../../shared/hosts';
import { defineOperation } from '../../../shared/kit';
import { paginate } from '../../../shared/paginate';
import { toUnixSeconds } from '../../helpers';
import { nutshellRequest, recordsOf } from '../../transport';
import { ENTITY_TYPES, entityOptions } from './entityTypes';

const EVENTS_PAGE = 100;

const eventId = (id: unknown): number => Number(String(id).split('-')[0]);

/**
 * The change log: `since_id` / `since_time` + `limit`, newest first per page, forward through
 * `meta.next` (only its since_id is read; the request is rebuilt with our filters, on our host).
 * Output is oldest first across pages.
 */
export const getMany = defineOperation('getMany', {
	name: 'Get Many',
	action: 'Get many events',
	description: 'Read the change log since an event ID or a time, optionally by entity type',
	fields: [
		{
			displayName: 'Start From',
			name: 'since',
			type: 'options',
			default: 'time',
			options: [
				{
					name: 'Event ID',
					value: 'id',
					description: 'Events after a known event ID (from a previous run)',
				},
				{ name: 'Time', value: 'time', description: 'Events after a point in time' },
			],
			description: 'Where the change log starts',
		},
		{
			displayName: 'Since Event ID',
			name: 'sinceId',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. 163-events',
			displayOptions: { show: { since: ['id'] } },
			description: 'Return the events after this one',
		},
		{
			displayName: 'Since Time',
			name: 'sinceTime',
			type: 'dateTime',
			default: '',
			required: true,
			displayOptions: { show: { since: ['time'] } },
			description: 'Return the events after this time',
		},
		{
			displayName: 'Entity Types',
			name: 'entityTypes',
			type: 'multiOptions',
			default: [],
			options: entityOptions,
			description: 'Only events about these kinds of record; empty for all',
		},
		...returnAllOrLimit(),
	],
	input: (item) => {
		const limit = item.limit();
		const types = item.raw<string[]>('entityTypes', []);
		const bad = types.find((type) => !ENTITY_TYPES.includes(type));
		if (bad)
			throw item.fail(
				'Entity Types',
				`contains "${bad}", which is not one of ${ENTITY_TYPES.join(', ')}`,
			);
		const start: IDataObject = {};
		if (item.raw<unknown>('since', 'time') === 'id') {
			const raw = String(item.raw<unknown>('sinceId', '')).trim();
			if (!/^\d+(-events)?$/.test(raw))
				throw item.fail('Since Event ID', `"${raw}" is not an event ID such as 163-events`);
			start.since_id = raw.endsWith('-events') ? raw : `${raw}-events`;
		} else {
			const since = item.raw<unknown>('sinceTime', '');
			start.since_time = toUnixSeconds(item.node, since, 'Since Time', item.index);
		}
		return { limit, types, start };
	},
	run: async (item, { limit, types, start }) => {
		const base: IDataObject = { limit: EVENTS_PAGE };
		if (types.length) base['filters[payload][]'] = types;
		// Pages run forward in time but each is newest first, so whole pages are read until the
		// limit is covered, then the events are put in order and cut.
		let seen = 0;
		const events = await paginate<IDataObject, string>(
			async (cursor) => {
				const qs = { ...base, ...(cursor ? { since_id: cursor } : start) };
				const response = await nutshellRequest(item, 'GET', '/events', { qs });
				const items = recordsOf(response.body, 'events');
				seen += items.length;
				const next = ((response.body as IDataObject)?.meta as IDataObject | undefined)?.next;
				const nextId =
					typeof next === 'string'
						? (new URLSearchParams(toRelativeLink(next).split('?')[1] ?? '').get('since_id') ??
							undefined)
						: undefined;
				const enough = limit !== undefined && seen >= limit;
				return { items, next: items.length && !enough ? nextId : undefined };
			},
			{ returnAll: true, keyOf: (event) => String(event.id) },
		);
		return events.sort((a, b) => eventId(a.id) - eventId(b.id)).slice(0, limit);
	},
});
