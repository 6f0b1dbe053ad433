import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { describeOperation } from '../../../shared/descriptions';
import { customerLocator } from '../../descriptions';
import { done } from '../../output';
import { kustomerRequest } from '../../transport';
import { idParam } from '../common';

const properties: INodeProperties[] = [customerLocator()];

export const description = describeOperation('customer', 'delete', properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const id = idParam(this, 'customerId', 'Customer', itemIndex);
	await kustomerRequest.call(this, 'DELETE', `/v1/customers/${id}`, { itemIndex });
	return done(itemIndex, { id: decodeURIComponent(id), deleted: true });
}
