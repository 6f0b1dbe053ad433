import type { INodeProperties } from 'n8n-workflow';

import { defineOperation } from '../../shared/kit';
import type { Item, Operation } from '../../shared/kit';
import { idField, outputOptions } from '../descriptions';
import { shapeOf } from '../output';
import { kustomerRequest } from '../transport';
import type { JsonApiResource } from '../transport';
import { readAttachments, uploadAttachments } from './message/attachments';

/**
 * A record that carries attachments of its own before it is sent: a draft (/v1/drafts/{id}) or a
 * forward (/v1/forwards/{id}). Kustomer documents the same three calls for both:
 * `POST` and `GET /v1/{segment}/{id}/attachments`, `DELETE /v1/{segment}/{id}/attachments/{attachmentId}`.
 */
export interface AttachmentParent {
	/** The path segment after /v1, e.g. `drafts`. */
	segment: string;
	/** The parent's ID field (its name and display name are read and named in errors). */
	field: INodeProperties;
	/** The output key that names the parent, e.g. `draft`. */
	key: string;
}

/** What the operation dropdown shows (and what n8n offers an AI agent). */
export interface OperationText {
	name: string;
	action: string;
	description: string;
}

const parentId = (item: Item, parent: AttachmentParent) =>
	item.id(parent.field.name, parent.field.displayName);
const attachmentsPath = (parent: AttachmentParent, id: { path: string }) =>
	`/v1/${parent.segment}/${id.path}/attachments`;

/**
 * Add Attachment: POST /v1/{segment}/{id}/attachments with each file's name, type and size, then the
 * file itself to the storage address Kustomer returns (without the API key), as for message
 * attachments. Every binary field is checked before anything is sent.
 */
export function addAttachmentOperation(parent: AttachmentParent, text: OperationText): Operation {
	return defineOperation('addAttachment', {
		...text,
		fields: [
			parent.field,
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
			const id = parentId(item, parent);
			const properties = item.string('binaryPropertyName', 'Input Binary Field', {
				required: true,
			});
			return { id, files: readAttachments(item, properties) };
		},
		run: async (item, { id, files }) => {
			const attachments = await uploadAttachments(item, files, attachmentsPath(parent, id));
			return { [parent.key]: id.raw, attachments };
		},
	});
}

/** Get Attachments: GET /v1/{segment}/{id}/attachments (not paged), one item per attachment. */
export function getAttachmentsOperation(parent: AttachmentParent, text: OperationText): Operation {
	return defineOperation('getAttachments', {
		...text,
		fields: [parent.field, outputOptions()],
		input: (item) => ({ id: parentId(item, parent), shape: shapeOf(item, 'record') }),
		run: async (item, { id, shape }) => {
			const response = await kustomerRequest(item, 'GET', attachmentsPath(parent, id));
			const data = (response.body as { data?: JsonApiResource[] | JsonApiResource } | undefined)
				?.data;
			return (Array.isArray(data) ? data : data ? [data] : []).map(shape);
		},
	});
}

/** Delete Attachment: DELETE /v1/{segment}/{id}/attachments/{attachmentId}. */
export function deleteAttachmentOperation(
	parent: AttachmentParent,
	text: OperationText,
): Operation {
	return defineOperation('deleteAttachment', {
		...text,
		fields: [
			parent.field,
			idField('attachmentId', 'Attachment ID', 'ID of the attachment to remove'),
		],
		input: (item) => ({
			id: parentId(item, parent),
			attachment: item.id('attachmentId', 'Attachment ID'),
		}),
		run: async (item, { id, attachment }) => {
			await kustomerRequest(item, 'DELETE', `${attachmentsPath(parent, id)}/${attachment.path}`);
			return { [parent.key]: id.raw, attachment: attachment.raw, deleted: true };
		},
	});
}
