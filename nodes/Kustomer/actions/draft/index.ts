import type { INodeProperties } from 'n8n-workflow';

import * as create from './create';
import * as deleteDraft from './delete';
import * as getMany from './getMany';
import * as update from './update';

export { create, deleteDraft as delete, getMany, update };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['draft'] } },
		options: [
			{ name: 'Create', value: 'create', action: 'Create a draft', description: 'Create a reply to a customer; with Send At, Kustomer sends it through its channel' },
			{ name: 'Delete', value: 'delete', action: 'Delete a draft', description: 'Delete a draft that was not sent' },
			{ name: 'Get Many', value: 'getMany', action: 'Get many drafts', description: "Retrieve a customer's drafts" },
			{ name: 'Update', value: 'update', action: 'Update a draft', description: 'Change a draft, or schedule it with Send At' },
		],
		default: 'create',
	},
	...create.description,
	...deleteDraft.description,
	...getMany.description,
	...update.description,
];
