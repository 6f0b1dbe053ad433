import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { returnAllOrLimit } from '../../../shared/descriptions';
import { defineOperation } from '../../../shared/kit';
import { isoDateSchema, parseWith } from '../../../shared/validate';
import { jsonLines } from '../../parsers';
import { gladlyRequest } from '../../transport';

const ENTITIES = [
	'AGENT_AVAILABILITY',
	'AGENT_STATUS',
	'CONTACT',
	'CONVERSATION',
	'CUSTOMER',
	'CUSTOMER_PROFILE',
	'PAYMENT_REQUEST',
	'TASK',
];
const DAY_MS = 24 * 60 * 60 * 1000;

const fields: INodeProperties[] = [
	{
		displayName: 'Entities',
		name: 'entities',
		type: 'multiOptions',
		default: ['CONVERSATION'],
		required: true,
		description: 'Kinds of events to return',
		options: ENTITIES.map((value) => ({
			name: value
				.split('_')
				.map((word) => word[0] + word.slice(1).toLowerCase())
				.join(' '),
			value,
		})),
	},
	{
		displayName: 'Start At',
		name: 'startAt',
		type: 'dateTime',
		default: '',
		required: true,
		description: 'Events at or after this time; Gladly keeps only the last 24 hours',
	},
	{
		displayName: 'End At',
		name: 'endAt',
		type: 'dateTime',
		default: '',
		description: 'Events before this time; default now (events appear up to 15 seconds late)',
	},
	...returnAllOrLimit(),
];

export const getMany = defineOperation('getMany', {
	name: 'Get Many',
	action: 'Get many events',
	description: 'Retrieve events of the last 24 hours, oldest first',
	fields,
	input: (item) => {
		const entities = item.list('entities', []);
		if (!entities.length)
			throw item.fail('Entities', 'is empty: choose at least one kind of event');
		const bad = entities.find((entity) => !ENTITIES.includes(entity));
		if (bad) throw item.fail('Entities', `contains "${bad}", which Gladly does not know`);
		const date = (name: string, label: string) =>
			new Date(
				parseWith(item.node, isoDateSchema, String(item.raw(name, '') ?? ''), label, item.index),
			);
		const startAt = date('startAt', 'Start At');
		if (startAt.getTime() < Date.now() - DAY_MS) {
			throw item.fail('Start At', 'is more than 24 hours ago; Gladly keeps events for 24 hours');
		}
		const qs: IDataObject = { startAt: startAt.toISOString(), entities };
		if (item.raw('endAt', '')) {
			const endAt = date('endAt', 'End At');
			if (endAt <= startAt) throw item.fail('End At', 'must be after Start At');
			qs.endAt = endAt.toISOString();
		}
		return { qs, limit: item.limit() };
	},
	run: async (item, { qs, limit }) => {
		const headers = { Accept: 'application/x-jsonlines, application/json' };
		const response = await gladlyRequest<Buffer>(item, 'GET', '/events', {
			qs,
			arrayFormat: 'repeat',
			binary: true,
			headers,
		});
		return jsonLines(item, response.body, limit, 'The events from Gladly');
	},
});
