import { defineOperation } from '../../../shared/kit';
import { conversationLocator } from '../../descriptions';
import { listFields, readList, runList } from '../common';

/** A conversation's forwards: GET /v1/conversations/{id}/forwards. */
export const getMany = defineOperation('getMany', {
	name: 'Get Many',
	action: 'Get many forwards',
	description: 'Retrieve the forwards of a conversation',
	fields: listFields({ fields: [conversationLocator()] }),
	input: (item) => {
		const id = item.id('conversationId', 'Conversation');
		return readList(item, { path: `/v1/conversations/${id.path}/forwards`, kind: 'record' });
	},
	run: runList,
});
