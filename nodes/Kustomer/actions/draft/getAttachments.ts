import { getAttachmentsOperation } from '../attachments';
import { draftParent } from './fields';

/** A draft's attachments: GET /v1/drafts/{id}/attachments (not paged). */
export const getAttachments = getAttachmentsOperation(draftParent, {
	name: 'Get Attachments',
	action: 'Get attachments of a draft',
	description: "List a draft's attachments (ID, name, content type, size)",
});
