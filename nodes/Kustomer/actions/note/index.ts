import type { INodeProperties } from 'n8n-workflow';

import * as create from './create';
import * as deleteNote from './delete';
import * as get from './get';
import * as getMany from './getMany';
import * as update from './update';

export { create, deleteNote as delete, get, getMany, update };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['note'] } },
		options: [
			{ name: 'Create', value: 'create', action: 'Create a note', description: 'Add an internal note to a conversation, optionally mentioning users or teams' },
			{ name: 'Delete', value: 'delete', action: 'Delete a note', description: 'Delete a note' },
			{ name: 'Get', value: 'get', action: 'Get a note', description: 'Retrieve a note by ID' },
			{ name: 'Get Many', value: 'getMany', action: 'Get many notes', description: 'Retrieve many notes of a conversation, a customer or the org' },
			{ name: 'Update', value: 'update', action: 'Update a note', description: "Update a note's text or mentions" },
		],
		default: 'create',
	},
	...create.description,
	...deleteNote.description,
	...get.description,
	...getMany.description,
	...update.description,
];
