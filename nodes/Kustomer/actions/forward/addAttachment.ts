import { addAttachmentOperation } from '../attachments';
import { forwardParent } from './fields';

/** POST /v1/forwards/{id}/attachments, then each file to the storage address returned. */
export const addAttachment = addAttachmentOperation(forwardParent, {
	name: 'Add Attachment',
	action: 'Add an attachment to a forward',
	description:
		"Attach the input item's binary file(s) to a forward before it is sent (e.g. a PDF from a previous node)",
});
