import type { INodeProperties } from 'n8n-workflow';

import * as get from './get';
import * as getMany from './getMany';

export { get, getMany };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['customer'] } },
		options: [
			{ name: 'Get', value: 'get', action: 'Get a customer', description: 'Retrieve a customer by ID' },
			{ name: 'Get Many', value: 'getMany', action: 'Get many customers', description: 'Retrieve a list of customers' },
		],
		default: 'get',
	},
	...get.description,
	...getMany.description,
];
