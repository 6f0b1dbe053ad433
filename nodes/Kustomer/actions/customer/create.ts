import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { describeOperation, simplifyField } from '../../../shared/descriptions';
import { customAttributesField } from '../../custom';
import { outputOptions } from '../../descriptions';
import { emit } from '../../output';
import { sendRecord } from '../common';
import { customerBody, customerFields } from './fields';

const properties: INodeProperties[] = [customerFields('additionalFields'), customAttributesField(), simplifyField, outputOptions()];

export const description = describeOperation('customer', 'create', properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const body = await customerBody(this, itemIndex, 'additionalFields');
	return emit(this, itemIndex, 'customer', await sendRecord(this, itemIndex, 'POST', '/v1/customers', body));
}
