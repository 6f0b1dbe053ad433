import { simplifyField } from '../../../shared/descriptions';
import { defineOperation } from '../../../shared/kit';
import { conversationField, readConversation } from './conversationFields';

export const get = defineOperation('get', {
	name: 'Get',
	action: 'Get a conversation',
	description: 'Retrieve a conversation by ID',
	fields: [conversationField, simplifyField],
	input: (item) => ({
		id: item.id('conversationId', 'conversationId'),
		simple: item.boolean('simple', true),
	}),
	run: async (item, { id, simple }) => await readConversation(item, id, simple),
});
