import { defineOperation } from '../../../shared/kit';
import { readAttachments, uploadAttachments } from '../message/attachments';
import { draftId } from './fields';

/**
 * Attaches the input item's files to a draft: POST /v1/drafts/{id}/attachments with each file's
 * name, type and size, then the file itself to the storage address Kustomer returns (without the
 * API key), as for message attachments.
 */
export const addAttachment = defineOperation('addAttachment', {
	name: 'Add Attachment',
	action: 'Add an attachment to a draft',
	description:
		"Attach the input item's binary file(s) to a draft before it is sent (e.g. a PDF from a previous node)",
	fields: [
		draftId,
		{
			displayName: 'Input Binary Field',
			name: 'binaryPropertyName',
			type: 'string',
			required: true,
			default: 'data',
			hint: 'The name of the input binary field holding the file; several, comma-separated',
		},
	],
	input: (item) => {
		const id = item.id('draftId', 'Draft ID');
		const properties = item.string('binaryPropertyName', 'Input Binary Field', { required: true });
		return { id, files: readAttachments(item, properties) };
	},
	run: async (item, { id, files }) => {
		const attachments = await uploadAttachments(item, files, `/v1/drafts/${id.path}/attachments`);
		return { draft: id.raw, attachments };
	},
});
