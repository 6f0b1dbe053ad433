import { defineOperation } from '../../../shared/kit';
import { requiredText } from '../../../shared/validate';
import { getRecord, gladlyRequest, idFromLocation, returnedId } from '../../transport';
import { conversationField } from './conversationFields';

export const addNote = defineOperation('addNote', {
	name: 'Add Note',
	action: 'Add a note to a conversation',
	description: 'Add an internal note, visible to agents only',
	fields: [
		conversationField,
		{
			displayName: 'Note',
			name: 'body',
			type: 'string',
			typeOptions: { rows: 4 },
			default: '',
			required: true,
			description: 'Text of the internal note; limited HTML (links, lists, bold…) is allowed',
		},
	],
	input: (item) => ({
		id: item.id('conversationId', 'conversationId'),
		body: item.parse('body', 'body', requiredText),
	}),
	run: async (item, { id, body }) => {
		// Sent as the spec's example shape {content:{body}}; its schema's top-level `body` contradicts
		// its own `required`. Notes take no client id, so this create is not retried after an ambiguous
		// network failure.
		const path = `/conversations/${id.path}/notes`;
		const created = await gladlyRequest(item, 'POST', path, { body: { content: { body } } });
		const noteId = idFromLocation(created.headers);
		if (!noteId) return { conversationId: id.raw, created: true };
		return await getRecord(item, `${path}/${returnedId(item, noteId).path}`);
	},
});
