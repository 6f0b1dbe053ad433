import { simplifyField } from '../../../shared/descriptions';
import { binaryItem, defineOperation } from '../../../shared/kit';
import { idField, outputOptions } from '../../descriptions';
import { shapeOf } from '../../output';
import { sendRecord } from '../common';
import { downloadAttachments } from './attachments';

export const get = defineOperation('get', {
	name: 'Get',
	action: 'Get a message',
	description: 'Retrieve a message by ID',
	fields: [
		idField('messageId', 'Message ID', 'ID of the message'),
		simplifyField,
		outputOptions([
			{
				displayName: 'Download Attachments',
				name: 'downloadAttachments',
				type: 'boolean',
				default: false,
				description:
					'Whether to download the attachments as binary data (attachment_0, attachment_1, …)',
			},
		]),
	],
	input: (item) => ({
		id: item.id('messageId', 'Message ID'),
		download: item.collection('options').downloadAttachments === true,
		shape: shapeOf(item, 'message'),
	}),
	run: async (item, { id, download, shape }) => {
		const record = await sendRecord(item, 'GET', `/v1/messages/${id.path}`);
		const json = shape(record);
		if (!download) return json;
		const binary = await downloadAttachments(item, record.id, record);
		return Object.keys(binary).length ? binaryItem(json, binary) : json;
	},
});
