import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { describeOperation, simplifyField } from '../../../shared/descriptions';
import { customAttributesField } from '../../custom';
import { customerLocator, outputOptions } from '../../descriptions';
import { emit } from '../../output';
import { idParam, requireChanges, sendRecord } from '../common';
import { customerBody, customerFields } from './fields';

const properties: INodeProperties[] = [customerLocator(), customerFields('updateFields'), customAttributesField(), simplifyField, outputOptions()];

export const description = describeOperation('customer', 'update', properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const id = idParam(this, 'customerId', 'Customer', itemIndex);
	const body = requireChanges(this, await customerBody(this, itemIndex, 'updateFields'), 'Update Fields', itemIndex);
	return emit(this, itemIndex, 'customer', await sendRecord(this, itemIndex, 'PATCH', `/v1/customers/${id}`, body));
}
