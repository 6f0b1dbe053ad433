import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { describeOperation } from '../../../shared/descriptions';
import { toItems } from '../../../shared/router';
import { nutshellRequest, recordsOf } from '../../transport';

export const description = describeOperation('activity', 'getTypes', []);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const response = await nutshellRequest({ n8n: this, index: itemIndex }, 'GET', '/activitytypes', { itemIndex });
	return toItems(recordsOf(response.body, 'activityTypes'), itemIndex);
}
