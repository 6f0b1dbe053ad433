import { defineOperation } from '../../../shared/kit';
import { freeformFields, readFreeform, sendFreeform } from './freeformTopics';

export const addFreeformTopics = defineOperation('addFreeformTopics', {
	name: 'Add Freeform Topics',
	action: 'Add freeform topics to a conversation',
	description: 'Add key and value pairs (conversation custom attributes)',
	fields: freeformFields,
	input: readFreeform,
	run: async (item, input) => await sendFreeform(item, input, 'add'),
});
