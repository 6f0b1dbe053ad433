import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import type { IBinaryData, IBinaryKeyData, IDataObject, JsonObject } from 'n8n-workflow';
import { randomBytes } from 'crypto';

import { itemSuffix } from '../../../shared/errors';
import { splitList } from '../../../shared/kit';
import type { Item } from '../../../shared/kit';
import { couldBeFile, resolveOrigin } from '../../../shared/request';
import type { FileExpectation, HttpHeaders } from '../../../shared/types';
import { getHeader } from '../../../shared/retry';
import { dataOf, kustomerProfile, kustomerRequest } from '../../transport';

interface UploadTicket {
	url: string;
	fields: Record<string, string>;
}

/**
 * Storage hosts a file may go to or come from: Amazon S3 (Kustomer's presigned POST), or the
 * credential's own origin.
 */
function uploadAllowed(url: string, origin: string): boolean {
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		return false;
	}
	if (parsed.origin === origin) return true;
	return (
		parsed.protocol === 'https:' &&
		!parsed.username &&
		!parsed.password &&
		/(^|\.)amazonaws\.com$/i.test(parsed.hostname)
	);
}

/** multipart/form-data with the presigned fields first and the file last, as S3 requires. */
function multipart(
	fields: Record<string, string>,
	file: { name: string; type: string; data: Buffer },
): { body: Buffer; boundary: string } {
	const boundary = `----n8nKustomer${randomBytes(12).toString('hex')}`;
	const parts: Buffer[] = [];
	for (const [name, value] of Object.entries(fields)) {
		parts.push(
			Buffer.from(
				`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
			),
		);
	}
	const filename = file.name.replace(/["\r\n]/g, '_');
	parts.push(
		Buffer.from(
			`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\n` +
				`Content-Type: ${file.type}\r\n\r\n`,
		),
	);
	parts.push(file.data, Buffer.from(`\r\n--${boundary}--\r\n`));
	return { body: Buffer.concat(parts), boundary };
}

/** An input binary property to attach: its property name, file name and type. */
export interface AttachmentFile {
	property: string;
	name: string;
	type: string;
}

/** The binary properties named in Attachments, each checked to exist on the input item. */
export function readAttachments(item: Item, properties: unknown): AttachmentFile[] {
	return splitList(properties).map((name) => {
		const meta = item.n8n.helpers.assertBinaryData(item.index, name);
		const type = meta.mimeType || 'application/octet-stream';
		return { property: name, name: meta.fileName ?? name, type };
	});
}

/**
 * Uploads the item's binary properties as Kustomer attachments: POST to `createPath` (name, type,
 * size; /v1/attachments by default, or a draft's /v1/drafts/{id}/attachments) returns a presigned
 * upload, the file goes there without the API key, and the attachment references are returned (for
 * a message body, or as the draft's attachments).
 */
export async function uploadAttachments(
	item: Item,
	files: AttachmentFile[],
	createPath = '/v1/attachments',
): Promise<IDataObject[]> {
	if (files.length === 0) return [];
	const { n8n: context, node, index: itemIndex } = item;
	const origin = await resolveOrigin(context, kustomerProfile, itemIndex);
	const out: IDataObject[] = [];
	for (const file of files) {
		const data = await context.helpers.getBinaryDataBuffer(itemIndex, file.property);
		const created = await kustomerRequest(item, 'POST', createPath, {
			body: { name: file.name, contentType: file.type, contentLength: data.length },
		});
		const record = dataOf(created.body);
		const upload = ((created.body as IDataObject).meta as { upload?: UploadTicket } | undefined)
			?.upload;
		if (!upload?.url || !uploadAllowed(upload.url, origin)) {
			throw new NodeOperationError(
				node,
				`Kustomer gave no usable upload address for attachment "${file.name}"` +
					itemSuffix(itemIndex),
				{
					itemIndex,
					description: 'The file was not sent anywhere. Expected an Amazon S3 upload address.',
				},
			);
		}
		const form = multipart(upload.fields ?? {}, { name: file.name, type: file.type, data });
		const response = (await context.helpers.httpRequest({
			method: 'POST',
			url: upload.url,
			body: form.body,
			headers: { 'Content-Type': `multipart/form-data; boundary=${form.boundary}` },
			json: false,
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
			disableFollowRedirect: true,
		})) as { statusCode: number };
		if (response.statusCode < 200 || response.statusCode >= 300) {
			const message =
				`The upload of attachment "${file.name}" was refused (HTTP ${response.statusCode})` +
				itemSuffix(itemIndex);
			throw new NodeApiError(
				node,
				{ message, httpCode: String(response.statusCode) } as JsonObject,
				{ message, itemIndex, httpCode: String(response.statusCode) },
			);
		}
		out.push({
			_id: record.id,
			name: file.name,
			contentType: file.type,
			contentLength: data.length,
		});
	}
	return out;
}

/** An attachment to download, with what Kustomer says of it (name, type and size) where known. */
export interface AttachmentRef {
	id: string;
	name?: string;
	contentType?: string;
	contentLength?: number;
}

/**
 * The attachment ids of a message (`attachments` holds ids or `{ _id | id, name, contentType }`).
 */
function attachmentRefs(record: IDataObject): AttachmentRef[] {
	const list = ((record.attributes as IDataObject | undefined)?.attachments ?? []) as Array<
		string | IDataObject
	>;
	return list
		.map((entry) =>
			typeof entry === 'string'
				? { id: entry }
				: {
						id: String(entry._id ?? entry.id ?? ''),
						name: entry.name as string,
						contentType: entry.contentType as string,
						contentLength: entry.contentLength as number,
					},
		)
		.filter((entry) => entry.id !== '');
}

/**
 * One attachment of a message as binary data: GET /v1/messages/{id}/attachments/{attachmentId}. A
 * redirect to storage is followed without the API key, and only to Amazon S3 or the credential's own
 * host.
 */
export async function fetchAttachment(
	item: Item,
	messageId: string,
	ref: AttachmentRef,
): Promise<IBinaryData> {
	const { n8n: context, node, index: itemIndex } = item;
	const path =
		`/v1/messages/${encodeURIComponent(messageId)}/attachments/` + encodeURIComponent(ref.id);
	// An HTML page is this file only if the attachment is one (or its type is unknown); an empty body
	// only if the attachment's size is unknown or zero. Anything else is refused (retried from the API).
	const expected: FileExpectation = {
		html: ref.contentType === undefined || /html/i.test(ref.contentType),
		empty: !(typeof ref.contentLength === 'number' && ref.contentLength > 0),
	};
	const response = await kustomerRequest<Buffer>(item, 'GET', path, {
		binary: true,
		file: expected,
		acceptStatuses: [301, 302, 303, 307, 308],
	});
	let data = response.body;
	let type = getHeader(response.headers, 'content-type');
	if (response.statusCode >= 300) {
		const origin = await resolveOrigin(context, kustomerProfile, itemIndex);
		const location = getHeader(response.headers, 'location') ?? '';
		const target = location.startsWith('/') ? `${origin}${location}` : location;
		if (!uploadAllowed(target, origin)) {
			throw new NodeOperationError(
				node,
				`Kustomer redirected attachment "${ref.id}" to an unexpected address` +
					itemSuffix(itemIndex),
				{ itemIndex },
			);
		}
		const file = (await context.helpers.httpRequest({
			method: 'GET',
			url: target,
			encoding: 'arraybuffer',
			json: false,
			returnFullResponse: true,
		})) as { body: Buffer; headers: IDataObject };
		data = Buffer.from(file.body);
		if (!couldBeFile(expected, file.headers as HttpHeaders, data)) {
			throw new NodeOperationError(
				node,
				`The storage address of attachment "${ref.id}" answered ` +
					`${data.length ? 'an HTML page' : 'an empty body'} instead of the file` +
					itemSuffix(itemIndex),
				{ itemIndex, description: 'Run the item again to get a fresh download address.' },
			);
		}
		type = (file.headers['content-type'] as string | undefined) ?? type;
	}
	return await context.helpers.prepareBinaryData(
		data,
		ref.name ?? ref.id,
		ref.contentType ?? type?.split(';')[0],
	);
}

/** Downloads a message's attachments as binary properties `attachment_0`, `attachment_1`, …. */
export async function downloadAttachments(
	item: Item,
	messageId: string,
	record: IDataObject,
): Promise<IBinaryKeyData> {
	const binary: IBinaryKeyData = {};
	for (const [index, ref] of attachmentRefs(record).entries())
		binary[`attachment_${index}`] = await fetchAttachment(item, messageId, ref);
	return binary;
}
