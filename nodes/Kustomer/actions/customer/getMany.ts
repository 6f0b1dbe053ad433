import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { describeOperation, returnAllOrLimit, simplifyField } from '../../../shared/descriptions';
import { toItems } from '../../../shared/router';
import { kustomerGetMany } from '../../transport';
import { outputCustomer } from './simplify';

const properties: INodeProperties[] = [...returnAllOrLimit(), simplifyField];

export const description = describeOperation('customer', 'getMany', properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const returnAll = this.getNodeParameter('returnAll', itemIndex, false) as boolean;
	const limit = this.getNodeParameter('limit', itemIndex, 50) as number;
	const simple = this.getNodeParameter('simple', itemIndex, true) as boolean;
	const records = await kustomerGetMany.call(this, '/v1/customers', { returnAll, limit, itemIndex });
	return toItems(records.map((record) => outputCustomer(record, simple)), itemIndex);
}
