import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { describeOperation, simplifyField } from '../../../shared/descriptions';
import { customAttributesField } from '../../custom';
import { customerLocator, outputOptions } from '../../descriptions';
import { emit } from '../../output';
import { idValue, sendRecord } from '../common';
import { conversationBody, conversationFields } from './fields';

const properties: INodeProperties[] = [
	customerLocator({ description: 'The customer the conversation is with' }),
	conversationFields('additionalFields'),
	customAttributesField(),
	simplifyField,
	outputOptions(),
];

export const description = describeOperation('conversation', 'create', properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const customer = idValue(this, 'customerId', 'Customer', itemIndex);
	const body = { customer, ...(await conversationBody(this, itemIndex, 'additionalFields')) };
	return emit(this, itemIndex, 'conversation', await sendRecord(this, itemIndex, 'POST', '/v1/conversations', body));
}
