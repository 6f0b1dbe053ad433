import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { describeOperation, simplifyField } from '../../../shared/descriptions';
import { idField, outputOptions } from '../../descriptions';
import { emit } from '../../output';
import { option } from '../../params';
import { idParam, sendRecord } from '../common';
import { downloadAttachments } from './attachments';

const properties: INodeProperties[] = [
	idField('messageId', 'Message ID', 'ID of the message'),
	simplifyField,
	outputOptions([
		{
			displayName: 'Download Attachments',
			name: 'downloadAttachments',
			type: 'boolean',
			default: false,
			description: 'Whether to download the attachments as binary data (attachment_0, attachment_1, …)',
		},
	]),
];

export const description = describeOperation('message', 'get', properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const id = idParam(this, 'messageId', 'Message ID', itemIndex);
	const record = await sendRecord(this, itemIndex, 'GET', `/v1/messages/${id}`);
	const [item] = emit(this, itemIndex, 'message', record);
	if (option(this, itemIndex, 'downloadAttachments', false)) {
		const binary = await downloadAttachments(this, itemIndex, record.id, record);
		if (Object.keys(binary).length) item.binary = binary;
	}
	return [item];
}
