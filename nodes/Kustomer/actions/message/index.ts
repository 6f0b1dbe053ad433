import type { INodeProperties } from 'n8n-workflow';

import * as create from './create';
import * as get from './get';
import * as getMany from './getMany';
import * as redact from './redact';
import * as update from './update';

export { create, get, getMany, redact, update };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['message'] } },
		options: [
			{ name: 'Create', value: 'create', action: 'Create a message', description: 'Record a message in a conversation (to send one, create a draft)' },
			{ name: 'Get', value: 'get', action: 'Get a message', description: 'Retrieve a message by ID' },
			{ name: 'Get Many', value: 'getMany', action: 'Get many messages', description: 'Retrieve many messages of a conversation, a customer or the org' },
			{ name: 'Redact', value: 'redact', action: 'Redact a message', description: 'Permanently remove the text, metadata or attachments of a message' },
			{ name: 'Update', value: 'update', action: 'Update a message', description: "Update a message's attributes" },
		],
		default: 'create',
	},
	...create.description,
	...get.description,
	...getMany.description,
	...redact.description,
	...update.description,
];
