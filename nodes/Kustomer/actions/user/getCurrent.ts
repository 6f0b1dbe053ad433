import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { describeOperation } from '../../../shared/descriptions';
import { outputOptions } from '../../descriptions';
import { getAndEmit } from '../common';

const properties: INodeProperties[] = [outputOptions()];

export const description = describeOperation('user', 'getCurrent', properties);

/** The (machine) user behind the API key: GET /v1/users/current. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	return await getAndEmit(this, itemIndex, '/v1/users/current', 'record');
}
