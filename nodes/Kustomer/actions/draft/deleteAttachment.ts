import { deleteAttachmentOperation } from '../attachments';
import { draftParent } from './fields';

/** Removes one attachment from a draft: DELETE /v1/drafts/{id}/attachments/{attachmentId}. */
export const deleteAttachment = deleteAttachmentOperation(draftParent, {
	name: 'Delete Attachment',
	action: 'Delete an attachment from a draft',
	description: 'Remove one attachment from a draft that was not sent',
});
