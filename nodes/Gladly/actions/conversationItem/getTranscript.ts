import { defineOperation } from '../../../shared/kit';
import { getRecord } from '../../transport';
import { itemField } from './itemFields';

export const getTranscript = defineOperation('getTranscript', {
	name: 'Get Voice Transcript',
	action: 'Get a voice transcript',
	description: 'Retrieve the transcript of a phone call',
	fields: [itemField],
	input: (item) => ({ id: item.id('itemId', 'itemId') }),
	run: async (item, { id }) => ({
		itemId: id.raw,
		...(await getRecord(item, `/conversation-items/${id.path}/voice-transcript`)),
	}),
});
