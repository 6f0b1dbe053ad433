import type { INodeProperties } from 'n8n-workflow';

import type { OperationModule } from '../../../shared/router';
import { resourceProperties } from '../../descriptions';
import * as create from './create';
import { get, getMany, remove, update } from './ops';

export const operations: Record<string, OperationModule> = {
	create,
	delete: remove,
	get,
	getMany,
	update,
};

export const description: INodeProperties[] = resourceProperties(
	'task',
	[
		{
			name: 'Create',
			value: 'create',
			action: 'Create a task',
			description: 'Create a task, optionally on a lead, person or company',
		},
		{ name: 'Delete', value: 'delete', action: 'Delete a task', description: 'Delete a task' },
		{ name: 'Get', value: 'get', action: 'Get a task', description: 'Retrieve a task by ID' },
		{
			name: 'Get Many',
			value: 'getMany',
			action: 'Get many tasks',
			description: 'Retrieve tasks by assignee, related record and due date',
		},
		{
			name: 'Update',
			value: 'update',
			action: 'Update a task',
			description: 'Change the title, description, due time or assignee of a task',
		},
	],
	'create',
	operations,
);
