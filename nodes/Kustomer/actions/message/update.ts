import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { describeOperation, simplifyField } from '../../../shared/descriptions';
import { customAttributesField } from '../../custom';
import { idField, outputOptions } from '../../descriptions';
import { emit } from '../../output';
import { idParam, requireChanges, sendRecord } from '../common';
import { messageBody } from './body';
import { messageFields } from './fields';

const properties: INodeProperties[] = [idField('messageId', 'Message ID', 'ID of the message'), messageFields('updateFields'), customAttributesField(), simplifyField, outputOptions()];

export const description = describeOperation('message', 'update', properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const id = idParam(this, 'messageId', 'Message ID', itemIndex);
	const body = requireChanges(this, await messageBody(this, itemIndex, 'updateFields'), 'Update Fields', itemIndex);
	return emit(this, itemIndex, 'message', await sendRecord(this, itemIndex, 'PATCH', `/v1/messages/${id}`, body));
}
