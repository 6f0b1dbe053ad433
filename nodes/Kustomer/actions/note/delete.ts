import { defineOperation } from '../../../shared/kit';
import { kustomerRequest } from '../../transport';
import { noteId } from './fields';

export const remove = defineOperation('delete', {
	name: 'Delete',
	action: 'Delete a note',
	description: 'Delete a note',
	fields: [noteId],
	input: (item) => ({ id: item.id('noteId', 'Note ID') }),
	run: async (item, { id }) => {
		await kustomerRequest(item, 'DELETE', `/v1/notes/${id.path}`);
		return { id: id.raw, deleted: true };
	},
});
