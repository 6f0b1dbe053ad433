import type { INodeProperties } from 'n8n-workflow';

import * as create from './create';
import * as get from './get';
import * as getCustomObjects from './getCustomObjects';
import * as getMany from './getMany';
import * as update from './update';

export { create, get, getCustomObjects, getMany, update };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['company'] } },
		options: [
			{ name: 'Create', value: 'create', action: 'Create a company', description: 'Create a company' },
			{ name: 'Get', value: 'get', action: 'Get a company', description: 'Retrieve a company by ID' },
			{ name: 'Get Custom Objects', value: 'getCustomObjects', action: 'Get custom objects of a company', description: "Retrieve a company's custom objects of one type" },
			{ name: 'Get Many', value: 'getMany', action: 'Get many companies', description: 'Retrieve many companies, optionally by name or external ID' },
			{ name: 'Update', value: 'update', action: 'Update a company', description: "Update a company's attributes" },
		],
		default: 'get',
	},
	...create.description,
	...get.description,
	...getCustomObjects.description,
	...getMany.description,
	...update.description,
];
