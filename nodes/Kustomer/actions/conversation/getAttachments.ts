import { defineOperation } from '../../../shared/kit';
import { conversationLocator } from '../../descriptions';
import { listFields, readList, runList } from '../common';

/**
 * A conversation's attachments (name, type, size and the message each belongs to):
 * GET /v1/conversations/{id}/attachments.
 */
export const getAttachments = defineOperation('getAttachments', {
	name: 'Get Attachments',
	action: 'Get attachments of a conversation',
	description:
		"List a conversation's attachments (name, content type, size, message ID) without downloading them",
	fields: listFields({ fields: [conversationLocator()] }),
	input: (item) => {
		const id = item.id('conversationId', 'Conversation');
		return readList(item, { path: `/v1/conversations/${id.path}/attachments`, kind: 'record' });
	},
	run: runList,
});
