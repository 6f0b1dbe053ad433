import { addAttachmentOperation } from '../attachments';
import { draftParent } from './fields';

/** POST /v1/drafts/{id}/attachments, then each file to the storage address returned. */
export const addAttachment = addAttachmentOperation(draftParent, {
	name: 'Add Attachment',
	action: 'Add an attachment to a draft',
	description:
		"Attach the input item's binary file(s) to a draft before it is sent (e.g. a PDF from a previous node)",
});
