import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { describeOperation } from '../../../shared/descriptions';
import { outputOptions, userLocator } from '../../descriptions';
import { getAndEmit, idParam } from '../common';

const properties: INodeProperties[] = [userLocator(), outputOptions()];

export const description = describeOperation('user', 'get', properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	return await getAndEmit(this, itemIndex, `/v1/users/${idParam(this, 'userId', 'User', itemIndex)}`, 'record');
}
