import { defineOperation } from '../../../shared/kit';
import { conversationLocator } from '../../descriptions';
import { listFields, readList, runList } from '../common';

/** A conversation's events (status changes, assignments...): GET /v1/conversations/{id}/events. */
export const getEvents = defineOperation('getEvents', {
	name: 'Get Events',
	action: 'Get events of a conversation',
	description: "Retrieve a conversation's events",
	fields: listFields({ fields: [conversationLocator()] }),
	input: (item) => {
		const id = item.id('conversationId', 'Conversation');
		return readList(item, { path: `/v1/conversations/${id.path}/events`, kind: 'record' });
	},
	run: runList,
});
