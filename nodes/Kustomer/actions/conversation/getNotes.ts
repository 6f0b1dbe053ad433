import { defineOperation } from '../../../shared/kit';
import { conversationLocator } from '../../descriptions';
import { listFields, readList, runList } from '../common';

/** A conversation's notes: GET /v1/conversations/{id}/notes. */
export const getNotes = defineOperation('getNotes', {
	name: 'Get Notes',
	action: 'Get notes of a conversation',
	description: "Retrieve a conversation's notes",
	fields: listFields({ fields: [conversationLocator()] }),
	input: (item) => {
		const id = item.id('conversationId', 'Conversation');
		return readList(item, { path: `/v1/conversations/${id.path}/notes`, kind: 'record' });
	},
	run: runList,
});
