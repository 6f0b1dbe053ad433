import { NodeApiError } from 'n8n-workflow';
import type { JsonObject } from 'n8n-workflow';

import { itemSuffix } from '../../../shared/errors';
import { getHeader } from '../../../shared/retry';
import { binaryPropertyField, idField, idParam, operation } from '../../descriptions';
import { gladlyRequest } from '../../transport';
import { itemField } from './fields';

function fileName(disposition: string | undefined, fallback: string): string {
	const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition ?? '');
	return match ? decodeURIComponent(match[1]) : fallback;
}

export const downloadRecording = operation('conversationItem', 'downloadRecording', [itemField, binaryPropertyField], async function (itemIndex) {
	const id = idParam(this, 'itemId', itemIndex);
	const response = await gladlyRequest.call(this, 'GET', `/conversation-items/${id}/media/recording`, { itemIndex, binary: true, headers: { Accept: 'audio/mpeg' } });
	const property = this.getNodeParameter('binaryPropertyName', itemIndex, 'data') as string;
	const data = await this.helpers.prepareBinaryData(response.body as Buffer, `${decodeURIComponent(id)}.mp3`, 'audio/mpeg');
	return [{ json: { itemId: decodeURIComponent(id), fileName: data.fileName, mimeType: data.mimeType }, binary: { [property]: data }, pairedItem: { item: itemIndex } }];
});

/**
 * Gladly answers 303 with a signed storage URL in `Location`; that URL is fetched WITHOUT the Gladly
 * credentials, so the key never leaves Gladly's host.
 */
export const downloadAttachment = operation(
	'conversationItem',
	'downloadAttachment',
	[itemField, idField('attachmentId', 'Attachment ID', 'The ID of the attachment, from the attachments list of the item'), binaryPropertyField],
	async function (itemIndex) {
		const id = idParam(this, 'itemId', itemIndex);
		const attachmentId = idParam(this, 'attachmentId', itemIndex);
		const redirect = await gladlyRequest.call(this, 'GET', `/conversation-items/${id}/attachments/${attachmentId}`, { itemIndex, acceptStatuses: [301, 302, 303, 307], binary: true });
		const location = getHeader(redirect.headers, 'location');
		if (!location) {
			const message = `Gladly answered ${redirect.statusCode} without a download location${itemSuffix(itemIndex)}`;
			throw new NodeApiError(this.getNode(), { message } as JsonObject, { message, itemIndex, description: 'Try again later; if it repeats, the attachment may have been removed.' });
		}
		let file: { body: Buffer; headers: Record<string, string> };
		try {
			file = (await this.helpers.httpRequest({ method: 'GET', url: location, encoding: 'arraybuffer', returnFullResponse: true, json: false })) as typeof file;
		} catch (error) {
			const message = `The attachment could not be downloaded from its storage location (${(error as Error).message})${itemSuffix(itemIndex)}`;
			throw new NodeApiError(this.getNode(), { message } as JsonObject, { message, itemIndex, description: 'The signed download link may have expired: run the item again to get a fresh one.' });
		}
		const mimeType = String(file.headers['content-type'] ?? 'application/octet-stream').split(';')[0];
		const name = fileName(file.headers['content-disposition'], decodeURIComponent(attachmentId));
		const property = this.getNodeParameter('binaryPropertyName', itemIndex, 'data') as string;
		const data = await this.helpers.prepareBinaryData(Buffer.from(file.body), name, mimeType);
		return [
			{
				json: { itemId: decodeURIComponent(id), attachmentId: decodeURIComponent(attachmentId), fileName: data.fileName, mimeType: data.mimeType },
				binary: { [property]: data },
				pairedItem: { item: itemIndex },
			},
		];
	},
);
