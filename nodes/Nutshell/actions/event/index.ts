import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { describeOperation, returnAllOrLimit } from '../../../shared/descriptions';
import { inputError } from '../../../shared/errors';
import { toRelativeLink } from '../../../shared/hosts';
import { paginate } from '../../../shared/paginate';
import type { OperationModule } from '../../../shared/router';
import { toItems } from '../../../shared/router';
import { resourceProperties } from '../../descriptions';
import { toUnixSeconds } from '../../helpers';
import { nutshellRequest, recordsOf } from '../../transport';

const EVENTS_PAGE = 100;

const ENTITY_TYPES = ['accounts', 'activities', 'contacts', 'emails', 'leads', 'notes'];
const entityOptions = [
	{ name: 'Activity', value: 'activities' },
	{ name: 'Company', value: 'accounts' },
	{ name: 'Email', value: 'emails' },
	{ name: 'Lead', value: 'leads' },
	{ name: 'Note', value: 'notes' },
	{ name: 'Person', value: 'contacts' },
];

const eventId = (id: unknown): number => Number(String(id).split('-')[0]);

/**
 * The change log: `since_id` / `since_time` + `limit`, newest first per page, forward through
 * `meta.next` (only its since_id is read; the request is rebuilt with our filters, on our host).
 * Output is oldest first across pages.
 */
const getMany: OperationModule = {
	description: describeOperation('event', 'getMany', [
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
	]),
	async execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
		const node = this.getNode();
		const returnAll = this.getNodeParameter('returnAll', itemIndex, false) as boolean;
		const limit = this.getNodeParameter('limit', itemIndex, 50) as number;
		const types = this.getNodeParameter('entityTypes', itemIndex, []) as string[];
		const bad = types.find((type) => !ENTITY_TYPES.includes(type));
		if (bad)
			throw inputError(
				node,
				'Entity Types',
				`contains "${bad}", which is not one of ${ENTITY_TYPES.join(', ')}`,
				itemIndex,
			);
		const start: IDataObject = {};
		if (this.getNodeParameter('since', itemIndex, 'time') === 'id') {
			const raw = String(this.getNodeParameter('sinceId', itemIndex, '')).trim();
			if (!/^\d+(-events)?$/.test(raw))
				throw inputError(
					node,
					'Since Event ID',
					`"${raw}" is not an event ID such as 163-events`,
					itemIndex,
				);
			start.since_id = raw.endsWith('-events') ? raw : `${raw}-events`;
		} else {
			start.since_time = toUnixSeconds(
				node,
				this.getNodeParameter('sinceTime', itemIndex, ''),
				'Since Time',
				itemIndex,
			);
		}
		const base: IDataObject = { limit: EVENTS_PAGE };
		if (types.length) base['filters[payload][]'] = types;
		// Pages run forward in time but each is newest first, so whole pages are read until the limit
		// is covered, then the events are put in order and cut.
		let seen = 0;
		const events = await paginate<IDataObject, string>(
			async (cursor) => {
				const qs = { ...base, ...(cursor ? { since_id: cursor } : start) };
				const response = await nutshellRequest({ n8n: this, index: itemIndex }, 'GET', '/events', { qs, itemIndex });
				const items = recordsOf(response.body, 'events');
				seen += items.length;
				const next = ((response.body as IDataObject)?.meta as IDataObject | undefined)?.next;
				const nextId =
					typeof next === 'string'
						? (new URLSearchParams(toRelativeLink(next).split('?')[1] ?? '').get('since_id') ??
							undefined)
						: undefined;
				const enough = !returnAll && seen >= limit;
				return { items, next: items.length && !enough ? nextId : undefined };
			},
			{ returnAll: true, keyOf: (event) => String(event.id) },
		);
		const ordered = events.sort((a, b) => eventId(a.id) - eventId(b.id));
		return toItems(returnAll ? ordered : ordered.slice(0, limit), itemIndex);
	},
};

const getDeleted: OperationModule = {
	description: describeOperation('event', 'getDeleted', [
		{
			displayName: 'Entity Type',
			name: 'entityType',
			type: 'options',
			default: '',
			options: [{ name: 'All', value: '' }, ...entityOptions],
			description: 'Only deletions of this kind of record',
		},
		{
			displayName: 'Newest First',
			name: 'newestFirst',
			type: 'boolean',
			default: true,
			description: 'Whether to list the most recent deletions first',
		},
		...returnAllOrLimit(),
	]),
	async execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
		const returnAll = this.getNodeParameter('returnAll', itemIndex, false) as boolean;
		const limit = this.getNodeParameter('limit', itemIndex, 50) as number;
		const type = String(this.getNodeParameter('entityType', itemIndex, ''));
		if (type && !ENTITY_TYPES.includes(type))
			throw inputError(
				this.getNode(),
				'Entity Type',
				`"${type}" is not one of ${ENTITY_TYPES.join(', ')}`,
				itemIndex,
			);
		const qs: IDataObject = {};
		if (type) qs['filter[types]'] = type;
		if (this.getNodeParameter('newestFirst', itemIndex, true)) qs.sort = '-change_time';
		const response = await nutshellRequest({ n8n: this, index: itemIndex }, 'GET', '/events/deleted', { qs, itemIndex });
		const records = recordsOf(response.body, 'events');
		return toItems(returnAll ? records : records.slice(0, limit), itemIndex);
	},
};

export const operations: Record<string, OperationModule> = { getDeleted, getMany };

export const description: INodeProperties[] = resourceProperties(
	'event',
	[
		{
			name: 'Get Many',
			value: 'getMany',
			action: 'Get many events',
			description: 'Read the change log since an event ID or a time, optionally by entity type',
		},
		{
			name: 'Get Many Deleted',
			value: 'getDeleted',
			action: 'Get many deleted records',
			description: 'List deletions from the change log',
		},
	],
	'getMany',
	operations,
);
