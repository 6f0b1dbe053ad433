import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { returnAllOrLimit } from '../../../shared/descriptions';
import { inputError } from '../../../shared/errors';
import { isoDateSchema, parseWith } from '../../../shared/validate';
import { operation } from '../../descriptions';
import { forEachJsonLine } from '../../parsers';
import { gladlyRequest } from '../../transport';
import { resourceModule } from '../common';

const ENTITIES = ['AGENT_AVAILABILITY', 'AGENT_STATUS', 'CONTACT', 'CONVERSATION', 'CUSTOMER', 'CUSTOMER_PROFILE', 'PAYMENT_REQUEST', 'TASK'];
const DAY_MS = 24 * 60 * 60 * 1000;

const properties: INodeProperties[] = [
	{
		displayName: 'Entities',
		name: 'entities',
		type: 'multiOptions',
		default: ['CONVERSATION'],
		required: true,
		description: 'Kinds of events to return',
		options: ENTITIES.map((value) => ({ name: value.split('_').map((word) => word[0] + word.slice(1).toLowerCase()).join(' '), value })),
	},
	{ displayName: 'Start At', name: 'startAt', type: 'dateTime', default: '', required: true, description: 'Events at or after this time; Gladly keeps only the last 24 hours' },
	{ displayName: 'End At', name: 'endAt', type: 'dateTime', default: '', description: 'Events before this time; default now (events appear up to 15 seconds late)' },
	...returnAllOrLimit(),
];

export const getMany = operation('event', 'getMany', properties, async function (itemIndex) {
	const node = this.getNode();
	const entities = (this.getNodeParameter('entities', itemIndex, []) as string[]).filter(Boolean);
	if (!entities.length) throw inputError(node, 'Entities', 'is empty: choose at least one kind of event', itemIndex);
	const bad = entities.find((entity) => !ENTITIES.includes(entity));
	if (bad) throw inputError(node, 'Entities', `contains "${bad}", which Gladly does not know`, itemIndex);
	const startAt = new Date(parseWith(node, isoDateSchema, String(this.getNodeParameter('startAt', itemIndex, '')), 'Start At', itemIndex));
	if (startAt.getTime() < Date.now() - DAY_MS) throw inputError(node, 'Start At', 'is more than 24 hours ago; Gladly keeps events for 24 hours', itemIndex);
	const qs: IDataObject = { startAt: startAt.toISOString(), entities };
	const endRaw = String(this.getNodeParameter('endAt', itemIndex, '') ?? '');
	if (endRaw) {
		const endAt = new Date(parseWith(node, isoDateSchema, endRaw, 'End At', itemIndex));
		if (endAt <= startAt) throw inputError(node, 'End At', 'must be after Start At', itemIndex);
		qs.endAt = endAt.toISOString();
	}
	const response = await gladlyRequest.call(this, 'GET', '/events', { qs, arrayFormat: 'repeat', binary: true, itemIndex, headers: { Accept: 'application/x-jsonlines, application/json' } });
	const returnAll = this.getNodeParameter('returnAll', itemIndex, false) as boolean;
	const limit = returnAll ? Infinity : (this.getNodeParameter('limit', itemIndex, 50) as number);
	const out: INodeExecutionData[] = [];
	const invalid = forEachJsonLine(response.body as Buffer, (record) => {
		out.push({ json: record, pairedItem: { item: itemIndex } });
		return out.length < limit;
	});
	if (invalid) throw new NodeOperationError(node, `The events from Gladly could not be read: ${invalid} [item ${itemIndex}]`, { itemIndex });
	return out;
});

export const event = resourceModule('event', { getMany }, [
	{ name: 'Get Many', value: 'getMany', action: 'Get many events', description: 'Retrieve events of the last 24 hours, oldest first' },
]);
