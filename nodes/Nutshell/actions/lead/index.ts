import type { INodeProperties } from 'n8n-workflow';

import type { OperationModule } from '../../../shared/router';
import { resourceProperties } from '../../descriptions';
import * as create from './create';
import * as get from './get';
import * as getMany from './getMany';
import { changePipeline, moveStage } from './pipeline';
import { remove, reopen, undelete, watch } from './simple';
import { markCancelled, markLost, markWon } from './status';
import * as update from './update';

export const operations: Record<string, OperationModule> = {
	changePipeline,
	create,
	delete: remove,
	get,
	getMany,
	markCancelled,
	markLost,
	markWon,
	moveStage,
	reopen,
	undelete,
	update,
	watch,
};

export const description: INodeProperties[] = resourceProperties(
	'lead',
	[
		{
			name: 'Change Pipeline',
			value: 'changePipeline',
			action: 'Change the pipeline of a lead',
			description: 'Move a lead to another pipeline (stageset), at its first stage',
		},
		{
			name: 'Create',
			value: 'create',
			action: 'Create a lead',
			description:
				'Create a new lead with value, owner, companies, people, sources, tags, products and custom fields',
		},
		{
			name: 'Delete',
			value: 'delete',
			action: 'Delete a lead',
			description: 'Move a lead to the trash',
		},
		{
			name: 'Get',
			value: 'get',
			action: 'Get a lead',
			description: 'Retrieve a lead by ID or lead number',
		},
		{
			name: 'Get Many',
			value: 'getMany',
			action: 'Get many leads',
			description: 'Retrieve a list of leads, with search, filters and sorting',
		},
		{
			name: 'Mark Cancelled',
			value: 'markCancelled',
			action: 'Mark a lead as cancelled',
			description: 'Close a lead as cancelled with an outcome',
		},
		{
			name: 'Mark Lost',
			value: 'markLost',
			action: 'Mark a lead as lost',
			description: 'Close a lead as lost with an outcome, competitors and products',
		},
		{
			name: 'Mark Won',
			value: 'markWon',
			action: 'Mark a lead as won',
			description: 'Close a lead as won with an outcome and products',
		},
		{
			name: 'Move Stage',
			value: 'moveStage',
			action: 'Move a lead to a stage',
			description: 'Move a lead to another stage of its pipeline',
		},
		{
			name: 'Reopen',
			value: 'reopen',
			action: 'Reopen a lead',
			description: 'Reopen a closed (won, lost or cancelled) lead',
		},
		{
			name: 'Undelete',
			value: 'undelete',
			action: 'Undelete a lead',
			description: 'Restore a deleted lead',
		},
		{
			name: 'Update',
			value: 'update',
			action: 'Update a lead',
			description: 'Change fields, links and custom fields of a lead',
		},
		{
			name: 'Watch',
			value: 'watch',
			action: 'Watch a lead',
			description: 'Toggle whether the API user watches a lead (Nutshell switches it on or off)',
		},
	],
	'get',
	operations,
);
