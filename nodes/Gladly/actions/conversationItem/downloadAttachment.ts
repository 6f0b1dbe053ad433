import { NodeApiError } from 'n8n-workflow';
import type { JsonObject } from 'n8n-workflow';

import { itemSuffix } from '../../../shared/errors';
import { binaryItem, defineOperation } from '../../../shared/kit';
import type { Item } from '../../../shared/kit';
import { getHeader } from '../../../shared/retry';
import { binaryPropertyField, idField } from '../../fields';
import { gladlyRequest } from '../../transport';
import { itemField } from './itemFields';

function fileName(disposition: string | undefined, fallback: string): string {
	const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition ?? '');
	return match ? decodeURIComponent(match[1]) : fallback;
}

function downloadError(item: Item, message: string, description: string): NodeApiError {
	const text = `${message}${itemSuffix(item.index)}`;
	return new NodeApiError(item.node, { message: text } as JsonObject, {
		message: text,
		itemIndex: item.index,
		description,
	});
}

/**
 * Gladly answers 303 with a signed storage URL in `Location`; that URL is fetched WITHOUT the
 * Gladly credentials, so the key never leaves Gladly's host.
 */
export const downloadAttachment = defineOperation('downloadAttachment', {
	name: 'Download Attachment',
	action: 'Download an attachment',
	description: 'Download a file attached to a message as binary data',
	fields: [
		itemField,
		idField(
			'attachmentId',
			'Attachment ID',
			'The ID of the attachment, from the attachments list of the item',
		),
		binaryPropertyField,
	],
	input: (item) => ({
		id: item.id('itemId', 'itemId'),
		attachmentId: item.id('attachmentId', 'attachmentId'),
		property: item.raw('binaryPropertyName', 'data'),
	}),
	run: async (item, { id, attachmentId, property }) => {
		const path = `/conversation-items/${id.path}/attachments/${attachmentId.path}`;
		const redirect = await gladlyRequest(item, 'GET', path, {
			acceptStatuses: [301, 302, 303, 307],
			binary: true,
		});
		const location = getHeader(redirect.headers, 'location');
		if (!location) {
			throw downloadError(
				item,
				`Gladly answered ${redirect.statusCode} without a download location`,
				'Try again later; if it repeats, the attachment may have been removed.',
			);
		}
		let file: { body: Buffer; headers: Record<string, string> };
		try {
			const request = {
				method: 'GET' as const,
				url: location,
				encoding: 'arraybuffer' as const,
				returnFullResponse: true,
				json: false,
			};
			file = (await item.n8n.helpers.httpRequest(request)) as typeof file;
		} catch (error) {
			const { message } = error as Error;
			throw downloadError(
				item,
				`The attachment could not be downloaded from its storage location (${message})`,
				'The signed download link may have expired: run the item again to get a fresh one.',
			);
		}
		const mimeType = String(file.headers['content-type'] ?? 'application/octet-stream').split(
			';',
		)[0];
		const name = fileName(file.headers['content-disposition'], attachmentId.raw);
		const data = await item.n8n.helpers.prepareBinaryData(Buffer.from(file.body), name, mimeType);
		const json = {
			itemId: id.raw,
			attachmentId: attachmentId.raw,
			fileName: data.fileName,
			mimeType: data.mimeType,
		};
		return binaryItem(json, { [property]: data });
	},
});
