import type { INodeProperties } from 'n8n-workflow';

import type { OperationModule } from '../../../shared/router';
import { resourceProperties } from '../../descriptions';
import * as create from './create';
import * as get from './get';
import * as getMany from './getMany';
import * as getTypes from './getTypes';
import * as update from './update';

export const operations: Record<string, OperationModule> = {
	create,
	get,
	getMany,
	getTypes,
	update,
};

export const description: INodeProperties[] = resourceProperties(
	'activity',
	[
		{
			name: 'Create',
			value: 'create',
			action: 'Create an activity',
			description: 'Schedule or log an activity (call, meeting…) with participants',
		},
		{
			name: 'Get',
			value: 'get',
			action: 'Get an activity',
			description: 'Retrieve an activity by ID',
		},
		{
			name: 'Get Many',
			value: 'getMany',
			action: 'Get many activities',
			description: 'Retrieve activities by participant, status, type and date range',
		},
		{
			name: 'Get Many Activity Types',
			value: 'getTypes',
			action: 'Get many activity types',
			description: 'List the activity types (call, meeting…)',
		},
		{
			name: 'Update',
			value: 'update',
			action: 'Update an activity',
			description: 'Change an activity (sent as a full replacement, as Nutshell requires)',
		},
	],
	'create',
	operations,
);
