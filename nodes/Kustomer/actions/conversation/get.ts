import type { INodeProperties } from 'n8n-workflow';

import { simplifyField } from '../../../shared/descriptions';
import { RecordId } from '../../../shared/ids';
import { defineOperation } from '../../../shared/kit';
import type { Item } from '../../../shared/kit';
import { conversationLocator, externalIdField, outputOptions } from '../../descriptions';
import { shapeOf } from '../../output';
import { sendRecord } from '../common';

const fields: INodeProperties[] = [
	{
		displayName: 'Get By',
		name: 'by',
		type: 'options',
		noDataExpression: true,
		default: 'id',
		options: [
			{
				name: 'External ID',
				value: 'externalId',
				description: 'The conversation with this ID from your own system',
			},
			{
				name: 'ID',
				value: 'id',
				description: 'A conversation picked from the list, by URL or by ID',
			},
		],
	},
	conversationLocator({ displayOptions: { show: { by: ['id'] } } }),
	externalIdField,
	simplifyField,
	outputOptions(),
];

function conversationPath(item: Item): string {
	if (item.string('by', 'Get By', { fallback: 'id' }) === 'externalId') {
		const value = item.string('externalId', 'External ID');
		const externalId = RecordId.of(item.node, value, 'External ID', item.index);
		return `/v1/conversations/externalId=${externalId.path}`;
	}
	return `/v1/conversations/${item.id('conversationId', 'Conversation').path}`;
}

export const get = defineOperation('get', {
	name: 'Get',
	action: 'Get a conversation',
	description: 'Retrieve a conversation by ID or external ID',
	fields,
	input: (item) => ({ path: conversationPath(item), shape: shapeOf(item, 'conversation') }),
	run: async (item, { path, shape }) => shape(await sendRecord(item, 'GET', path)),
});
