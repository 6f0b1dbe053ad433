import { NodeOperationError } from 'n8n-workflow';

import { itemSuffix } from '../../../shared/errors';
import { binaryPropertyField, returnAllOrLimit } from '../../../shared/descriptions';
import { binaryItem, defineOperation } from '../../../shared/kit';
import { conversationLocator, outputOptions } from '../../descriptions';
import { shapeOf } from '../../output';
import { flatten, kustomerGetMany } from '../../transport';
import { fetchAttachment } from '../message/attachments';

/**
 * Every attachment of a conversation as a file: the list (GET /v1/conversations/{id}/attachments),
 * then each file from its message (GET /v1/messages/{messageId}/attachments/{id}). One output item
 * per attachment, its metadata as JSON and the file in the binary property chosen.
 */
export const downloadAttachments = defineOperation('downloadAttachments', {
	name: 'Download Attachments',
	action: 'Download attachments of a conversation',
	description:
		"Download a conversation's attachments as binary files, one output item per attachment",
	fields: [
		conversationLocator(),
		{ ...binaryPropertyField, hint: 'The name of the output binary field to put each file in' },
		...returnAllOrLimit(),
		outputOptions(),
	],
	input: (item) => {
		const id = item.id('conversationId', 'Conversation');
		const property = item.string('binaryPropertyName', 'Put Output File in Field', {
			required: true,
		});
		return { id, property, limit: item.limit(), shape: shapeOf(item, 'record') };
	},
	run: async (item, { id, property, limit, shape }) => {
		const path = `/v1/conversations/${id.path}/attachments`;
		const list = await kustomerGetMany(item, path, { returnAll: limit === undefined, limit });
		const out = [];
		for (const attachment of list) {
			const json = flatten(attachment);
			const messageId = typeof json.message === 'string' ? json.message : undefined;
			if (!messageId) {
				throw new NodeOperationError(
					item.node,
					`Kustomer listed attachment "${attachment.id}" without its message, so it cannot be ` +
						`downloaded${itemSuffix(item.index)}`,
					{ itemIndex: item.index },
				);
			}
			const file = await fetchAttachment(item, messageId, {
				id: attachment.id,
				name: typeof json.name === 'string' ? json.name : undefined,
				contentType: typeof json.contentType === 'string' ? json.contentType : undefined,
				contentLength: typeof json.contentLength === 'number' ? json.contentLength : undefined,
			});
			out.push(binaryItem(shape(attachment), { [property]: file }));
		}
		return out;
	},
});
