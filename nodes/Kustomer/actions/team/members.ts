import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { describeOperation } from '../../../shared/descriptions';
import { inputError } from '../../../shared/errors';
import type { OperationModule } from '../../../shared/router';
import { listOf, outputOptions, teamLocator } from '../../descriptions';
import { emit } from '../../output';
import { param } from '../../params';
import { idParam, sendRecord } from '../common';

/** Add or remove members without replacing the list: POST / DELETE /v1/teams/{id}/members. */
function membersOperation(operation: 'addMembers' | 'removeMembers'): OperationModule {
	const properties: INodeProperties[] = [
		teamLocator(),
		{ displayName: 'User IDs', name: 'userIds', type: 'string', required: true, default: '', description: 'Users to add or remove, comma-separated IDs' },
		outputOptions(),
	];
	return {
		description: describeOperation('team', operation, properties),
		async execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
			const path = `/v1/teams/${idParam(this, 'teamId', 'Team', itemIndex)}/members`;
			const members = listOf(param(this, 'userIds', itemIndex, ''));
			if (members.length === 0) throw inputError(this.getNode(), 'User IDs', 'is empty', itemIndex);
			return emit(this, itemIndex, 'record', await sendRecord(this, itemIndex, operation === 'addMembers' ? 'POST' : 'DELETE', path, { members }));
		},
	};
}

export const addMembers = membersOperation('addMembers');
export const removeMembers = membersOperation('removeMembers');
