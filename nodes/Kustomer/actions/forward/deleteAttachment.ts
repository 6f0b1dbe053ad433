import { deleteAttachmentOperation } from '../attachments';
import { forwardParent } from './fields';

/** Removes one attachment from a forward: DELETE /v1/forwards/{id}/attachments/{attachmentId}. */
export const deleteAttachment = deleteAttachmentOperation(forwardParent, {
	name: 'Delete Attachment',
	action: 'Delete an attachment from a forward',
	description: 'Remove one attachment from a forward that was not sent',
});
