import { defineOperation } from '../../../shared/kit';
import { readTags, sendTags, tagFields } from './tagFields';

export const addTags = defineOperation('addTags', {
	name: 'Add Tags',
	action: 'Add tags to a conversation',
	description: 'Add tags to a conversation',
	fields: tagFields,
	input: readTags,
	run: async (item, input) => await sendTags(item, 'POST', input),
});
