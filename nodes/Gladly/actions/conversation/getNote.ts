import { defineOperation } from '../../../shared/kit';
import { idField } from '../../fields';
import { getRecord } from '../../transport';
import { conversationField } from './conversationFields';

export const getNote = defineOperation('getNote', {
	name: 'Get Note',
	action: 'Get a note of a conversation',
	description: 'Retrieve an internal note',
	fields: [conversationField, idField('noteId', 'Note ID', 'The ID of the note')],
	input: (item) => ({
		id: item.id('conversationId', 'conversationId'),
		noteId: item.id('noteId', 'noteId'),
	}),
	run: async (item, { id, noteId }) =>
		await getRecord(item, `/conversations/${id.path}/notes/${noteId.path}`),
});
