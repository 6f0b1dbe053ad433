import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { describeOperation, simplifyField } from '../../../shared/descriptions';
import { idSegment } from '../../../shared/ids';
import { toItems } from '../../../shared/router';
import { customerLocator } from '../../descriptions';
import { kustomerRequest } from '../../transport';
import type { JsonApiResource } from '../../transport';
import { outputCustomer } from './simplify';

const properties: INodeProperties[] = [customerLocator(), simplifyField];

export const description = describeOperation('customer', 'get', properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const id = idSegment(this.getNode(), this.getNodeParameter('customerId', itemIndex, '', { extractValue: true }), 'Customer', itemIndex);
	const response = await kustomerRequest.call(this, 'GET', `/v1/customers/${id}`, { itemIndex });
	const record = (response.body as { data: JsonApiResource }).data;
	return toItems(outputCustomer(record, this.getNodeParameter('simple', itemIndex, true) as boolean), itemIndex);
}
