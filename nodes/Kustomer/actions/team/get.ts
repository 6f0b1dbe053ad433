import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { describeOperation } from '../../../shared/descriptions';
import { outputOptions, teamLocator } from '../../descriptions';
import { getAndEmit, idParam } from '../common';

const properties: INodeProperties[] = [teamLocator(), outputOptions()];

export const description = describeOperation('team', 'get', properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	return await getAndEmit(this, itemIndex, `/v1/teams/${idParam(this, 'teamId', 'Team', itemIndex)}`, 'record');
}
