import type { INodeProperties } from 'n8n-workflow';

import * as get from './get';
import * as getMany from './getMany';
import { addMembers, removeMembers } from './members';

export { addMembers, get, getMany, removeMembers };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['team'] } },
		options: [
			{ name: 'Add Members', value: 'addMembers', action: 'Add members to a team', description: 'Add users to a team' },
			{ name: 'Get', value: 'get', action: 'Get a team', description: 'Retrieve a team by ID' },
			{ name: 'Get Many', value: 'getMany', action: 'Get many teams', description: 'Retrieve many teams' },
			{ name: 'Remove Members', value: 'removeMembers', action: 'Remove members from a team', description: 'Remove users from a team' },
		],
		default: 'getMany',
	},
	...addMembers.description,
	...get.description,
	...getMany.description,
	...removeMembers.description,
];
