import { defineOperation } from '../../../shared/kit';
import { idField } from '../../descriptions';
import { kustomerRequest } from '../../transport';
import { draftId } from './fields';

/** Removes one attachment from a draft: DELETE /v1/drafts/{id}/attachments/{attachmentId}. */
export const deleteAttachment = defineOperation('deleteAttachment', {
	name: 'Delete Attachment',
	action: 'Delete an attachment from a draft',
	description: 'Remove one attachment from a draft that was not sent',
	fields: [draftId, idField('attachmentId', 'Attachment ID', 'ID of the attachment to remove')],
	input: (item) => ({
		draft: item.id('draftId', 'Draft ID'),
		attachment: item.id('attachmentId', 'Attachment ID'),
	}),
	run: async (item, { draft, attachment }) => {
		const path = `/v1/drafts/${draft.path}/attachments/${attachment.path}`;
		await kustomerRequest(item, 'DELETE', path);
		return { draft: draft.raw, attachment: attachment.raw, deleted: true };
	},
});
