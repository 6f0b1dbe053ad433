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
		displayOptions: { show: { resource: ['klass'] } },
		options: [
			{ name: 'Get', value: 'get', action: 'Get a klass', description: 'Retrieve a custom object type with its attribute definitions' },
			{ name: 'Get Many', value: 'getMany', action: 'Get many klasses', description: 'Retrieve many custom object types' },
		],
		default: 'getMany',
	},
	...get.description,
	...getMany.description,
];
