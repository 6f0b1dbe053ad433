import { binaryItem, defineOperation } from '../../../shared/kit';
import { binaryPropertyField } from '../../fields';
import { gladlyRequest } from '../../transport';
import { itemField } from './itemFields';

export const downloadRecording = defineOperation('downloadRecording', {
	name: 'Download Recording',
	action: 'Download a recording',
	description: 'Download the MP3 of a phone call or voicemail as binary data',
	fields: [itemField, binaryPropertyField],
	input: (item) => ({
		id: item.id('itemId', 'itemId'),
		property: item.raw('binaryPropertyName', 'data'),
	}),
	run: async (item, { id, property }) => {
		const path = `/conversation-items/${id.path}/media/recording`;
		const response = await gladlyRequest<Buffer>(item, 'GET', path, {
			binary: true,
			// An MP3 is never empty and never an HTML page: such a body is refused and retried.
			file: {},
			headers: { Accept: 'audio/mpeg' },
		});
		const data = await item.n8n.helpers.prepareBinaryData(
			response.body,
			`${id.raw}.mp3`,
			'audio/mpeg',
		);
		return binaryItem(
			{ itemId: id.raw, fileName: data.fileName, mimeType: data.mimeType },
			{ [property]: data },
		);
	},
});
