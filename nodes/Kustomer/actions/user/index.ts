import type { INodeProperties } from 'n8n-workflow';

import * as get from './get';
import * as getCurrent from './getCurrent';
import * as getMany from './getMany';

export { get, getCurrent, getMany };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['user'] } },
		options: [
			{ name: 'Get', value: 'get', action: 'Get a user', description: 'Retrieve a user (agent) by ID' },
			{ name: 'Get Current', value: 'getCurrent', action: 'Get the current user', description: 'Retrieve the user of the API key' },
			{ name: 'Get Many', value: 'getMany', action: 'Get many users', description: 'Retrieve many users' },
		],
		default: 'getMany',
	},
	...get.description,
	...getCurrent.description,
	...getMany.description,
];
