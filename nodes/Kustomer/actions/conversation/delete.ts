import { defineOperation } from '../../../shared/kit';
import { conversationLocator } from '../../descriptions';
import { kustomerRequest } from '../../transport';

export const remove = defineOperation('delete', {
	name: 'Delete',
	action: 'Delete a conversation',
	description: 'Delete a conversation',
	fields: [conversationLocator()],
	input: (item) => ({ id: item.id('conversationId', 'Conversation') }),
	run: async (item, { id }) => {
		await kustomerRequest(item, 'DELETE', `/v1/conversations/${id.path}`);
		return { id: id.raw, deleted: true };
	},
});
