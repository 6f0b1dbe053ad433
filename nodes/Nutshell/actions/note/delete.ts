import { defineOperation } from '../../../shared/kit';
import { idField } from '../../descriptions';
import { readId } from '../../ids';
import { nutshellRequest } from '../../transport';

export const remove = defineOperation('delete', {
	name: 'Delete',
	action: 'Delete a note',
	description: 'Delete a note',
	fields: [idField('noteId', 'Note ID', 'notes', 'ID of the note, e.g. 7-notes (or 7)')],
	input: (item) => ({ id: readId(item, 'noteId', 'notes', 'Note ID') }),
	run: async (item, { id }) => {
		await nutshellRequest(item, 'DELETE', `/notes/${id.path}`);
		return { deleted: true, id: id.raw };
	},
});
