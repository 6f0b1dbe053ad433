import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { describeOperation, returnAllOrLimit, simplifyField } from '../../../shared/descriptions';
import { concurrencyListOption, includeArchivedOption, outputOptions, updatedSinceOption } from '../../descriptions';
import { listAndEmit } from '../common';

const properties: INodeProperties[] = [...returnAllOrLimit(), simplifyField, outputOptions([updatedSinceOption, includeArchivedOption, concurrencyListOption])];

export const description = describeOperation('customer', 'getMany', properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	return await listAndEmit(this, itemIndex, { path: '/v1/customers', kind: 'customer', queryContext: 'customer' });
}
