import { defineOperation } from '../../../shared/kit';
import { conversationLocator } from '../../descriptions';
import { listFields, readList, runList } from '../common';

/** A conversation's messages: GET /v1/conversations/{id}/messages. */
export const getMessages = defineOperation('getMessages', {
	name: 'Get Messages',
	action: 'Get messages of a conversation',
	description: "Retrieve a conversation's messages",
	fields: listFields({ fields: [conversationLocator()], simplify: true }),
	input: (item) => {
		const id = item.id('conversationId', 'Conversation');
		return readList(item, { path: `/v1/conversations/${id.path}/messages`, kind: 'message' });
	},
	run: runList,
});
