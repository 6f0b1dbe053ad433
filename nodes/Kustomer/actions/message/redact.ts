import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { describeOperation } from '../../../shared/descriptions';
import { inputError } from '../../../shared/errors';
import { idField, listOf, outputOptions } from '../../descriptions';
import { emit } from '../../output';
import { param } from '../../params';
import { idParam, sendRecord } from '../common';

const properties: INodeProperties[] = [
	idField('messageId', 'Message ID', 'ID of the message'),
	{
		displayName: 'Redact',
		name: 'field',
		type: 'options',
		default: 'preview',
		options: [
			{ name: 'Attachments', value: 'attachments', description: 'Remove attachments' },
			{ name: 'Metadata', value: 'meta', description: 'Remove the channel metadata' },
			{ name: 'Text', value: 'preview', description: 'Remove the text of the message' },
		],
	},
	{
		displayName: 'Attachment IDs',
		name: 'attachmentIds',
		type: 'string',
		required: true,
		default: '',
		description: 'IDs of the attachments to redact, comma-separated',
		displayOptions: { show: { field: ['attachments'] } },
	},
	outputOptions(),
];

export const description = describeOperation('message', 'redact', properties);

/** Permanently removes content from a message: POST /v1/messages/{id}/redactions. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const id = idParam(this, 'messageId', 'Message ID', itemIndex);
	const field = param(this, 'field', itemIndex, 'preview');
	let body: IDataObject = { preview: '' };
	if (field === 'meta') body = { meta: {} };
	if (field === 'attachments') {
		const ids = listOf(param(this, 'attachmentIds', itemIndex, ''));
		if (ids.length === 0) throw inputError(this.getNode(), 'Attachment IDs', 'is empty', itemIndex);
		body = { attachments: ids };
	}
	return emit(this, itemIndex, 'record', await sendRecord(this, itemIndex, 'POST', `/v1/messages/${id}/redactions`, body));
}
