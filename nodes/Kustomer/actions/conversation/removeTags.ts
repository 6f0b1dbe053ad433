import { defineOperation } from '../../../shared/kit';
import { readTags, sendTags, tagFields } from './tagFields';

export const removeTags = defineOperation('removeTags', {
	name: 'Remove Tags',
	action: 'Remove tags from a conversation',
	description: 'Remove tags from a conversation',
	fields: tagFields,
	input: readTags,
	run: async (item, input) => await sendTags(item, 'DELETE', input),
});
