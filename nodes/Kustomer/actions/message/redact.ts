import type { IDataObject } from 'n8n-workflow';

import { defineOperation } from '../../../shared/kit';
import { idField, outputOptions } from '../../descriptions';
import { shapeOf } from '../../output';
import { sendRecord } from '../common';

/** Permanently removes content from a message: POST /v1/messages/{id}/redactions. */
export const redact = defineOperation('redact', {
	name: 'Redact',
	action: 'Redact a message',
	description: 'Permanently remove the text, metadata or attachments of a message',
	fields: [
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
	],
	input: (item) => {
		const id = item.id('messageId', 'Message ID');
		const field = item.string('field', 'Redact', { fallback: 'preview' });
		let body: IDataObject = { preview: '' };
		if (field === 'meta') body = { meta: {} };
		if (field === 'attachments') {
			const ids = item.list('attachmentIds');
			if (ids.length === 0) throw item.fail('Attachment IDs', 'is empty');
			body = { attachments: ids };
		}
		return { id, body, shape: shapeOf(item, 'record') };
	},
	run: async (item, { id, body, shape }) =>
		shape(await sendRecord(item, 'POST', `/v1/messages/${id.path}/redactions`, body)),
});
