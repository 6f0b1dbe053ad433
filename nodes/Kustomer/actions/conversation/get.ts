import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { describeOperation, simplifyField } from '../../../shared/descriptions';
import { idSegment } from '../../../shared/ids';
import { conversationLocator, outputOptions } from '../../descriptions';
import { param } from '../../params';
import { getAndEmit, idParam } from '../common';

const properties: INodeProperties[] = [
	{
		displayName: 'Get By',
		name: 'by',
		type: 'options',
		noDataExpression: true,
		default: 'id',
		options: [
			{ name: 'External ID', value: 'externalId', description: 'The conversation with this ID from your own system' },
			{ name: 'ID', value: 'id', description: 'A conversation picked from the list, by URL or by ID' },
		],
	},
	conversationLocator({ displayOptions: { show: { by: ['id'] } } }),
	{
		displayName: 'External ID',
		name: 'externalId',
		type: 'string',
		required: true,
		default: '',
		displayOptions: { show: { by: ['externalId'] } },
	},
	simplifyField,
	outputOptions(),
];

export const description = describeOperation('conversation', 'get', properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const path =
		param(this, 'by', itemIndex, 'id') === 'externalId'
			? `/v1/conversations/externalId=${idSegment(this.getNode(), param(this, 'externalId', itemIndex, ''), 'External ID', itemIndex)}`
			: `/v1/conversations/${idParam(this, 'conversationId', 'Conversation', itemIndex)}`;
	return await getAndEmit(this, itemIndex, path, 'conversation');
}
