import type { INodeProperties } from 'n8n-workflow';

import * as create from './create';
import * as deleteConversation from './delete';
import * as get from './get';
import * as getMany from './getMany';
import * as getTimes from './getTimes';
import { getEvents, getMessages, getNotes } from './lists';
import { addTags, removeTags } from './tags';
import * as update from './update';

export { addTags, create, deleteConversation as delete, get, getEvents, getMany, getMessages, getNotes, getTimes, removeTags, update };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['conversation'] } },
		options: [
			{ name: 'Add Tags', value: 'addTags', action: 'Add tags to a conversation', description: 'Add tags to a conversation' },
			{ name: 'Create', value: 'create', action: 'Create a conversation', description: 'Create a conversation for a customer' },
			{ name: 'Delete', value: 'delete', action: 'Delete a conversation', description: 'Delete a conversation' },
			{ name: 'Get', value: 'get', action: 'Get a conversation', description: 'Retrieve a conversation by ID or external ID' },
			{ name: 'Get Events', value: 'getEvents', action: 'Get events of a conversation', description: "Retrieve a conversation's events" },
			{ name: 'Get Many', value: 'getMany', action: 'Get many conversations', description: "Retrieve many conversations, or one customer's" },
			{ name: 'Get Messages', value: 'getMessages', action: 'Get messages of a conversation', description: "Retrieve a conversation's messages" },
			{ name: 'Get Notes', value: 'getNotes', action: 'Get notes of a conversation', description: "Retrieve a conversation's notes" },
			{ name: 'Get Times', value: 'getTimes', action: 'Get times of a conversation', description: "Retrieve a conversation's SLA timings (first response, handle time)" },
			{ name: 'Remove Tags', value: 'removeTags', action: 'Remove tags from a conversation', description: 'Remove tags from a conversation' },
			{ name: 'Update', value: 'update', action: 'Update a conversation', description: 'Update status, assignees, priority, tags or custom attributes' },
		],
		default: 'get',
	},
	...addTags.description,
	...create.description,
	...deleteConversation.description,
	...get.description,
	...getEvents.description,
	...getMany.description,
	...getMessages.description,
	...getNotes.description,
	...getTimes.description,
	...removeTags.description,
	...update.description,
];
