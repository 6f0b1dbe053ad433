import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { describeOperation, simplifyField } from '../../../shared/descriptions';
import { customAttributesField } from '../../custom';
import { conversationLocator, outputOptions } from '../../descriptions';
import { emit } from '../../output';
import { idParam, requireChanges, sendRecord } from '../common';
import { conversationBody, conversationFields } from './fields';

const properties: INodeProperties[] = [conversationLocator(), conversationFields('updateFields'), customAttributesField(), simplifyField, outputOptions()];

export const description = describeOperation('conversation', 'update', properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const id = idParam(this, 'conversationId', 'Conversation', itemIndex);
	const body = requireChanges(this, await conversationBody(this, itemIndex, 'updateFields'), 'Update Fields', itemIndex);
	return emit(this, itemIndex, 'conversation', await sendRecord(this, itemIndex, 'PUT', `/v1/conversations/${id}`, body));
}
