import { getAttachmentsOperation } from '../attachments';
import { forwardParent } from './fields';

/** A forward's attachments: GET /v1/forwards/{id}/attachments (not paged). */
export const getAttachments = getAttachmentsOperation(forwardParent, {
	name: 'Get Attachments',
	action: 'Get attachments of a forward',
	description: "List a forward's attachments (ID, name, content type, size)",
});
