import type { INodeProperties } from 'n8n-workflow';

import * as create from './create';
import * as deleteObject from './delete';
import * as get from './get';
import * as getMany from './getMany';
import * as update from './update';

export { create, deleteObject as delete, get, getMany, update };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['customObject'] } },
		options: [
			{ name: 'Create', value: 'create', action: 'Create a custom object', description: 'Create a custom object (KObject) of a Klass, optionally for a customer or company' },
			{ name: 'Delete', value: 'delete', action: 'Delete a custom object', description: 'Delete a custom object' },
			{ name: 'Get', value: 'get', action: 'Get a custom object', description: 'Retrieve a custom object by ID or external ID' },
			{ name: 'Get Many', value: 'getMany', action: 'Get many custom objects', description: 'Retrieve many custom objects of a Klass, of a customer or of a company' },
			{ name: 'Update', value: 'update', action: 'Update a custom object', description: "Update a custom object's attributes" },
		],
		default: 'create',
	},
	...create.description,
	...deleteObject.description,
	...get.description,
	...getMany.description,
	...update.description,
];
