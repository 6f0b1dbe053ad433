import { defineOperation } from '../../../shared/kit';
import { freeformFields, readFreeform, sendFreeform } from './freeformTopics';

export const removeFreeformTopics = defineOperation('removeFreeformTopics', {
	name: 'Remove Freeform Topics',
	action: 'Remove freeform topics from a conversation',
	description: 'Remove key and value pairs',
	fields: freeformFields,
	input: readFreeform,
	run: async (item, input) => await sendFreeform(item, input, 'remove'),
});
