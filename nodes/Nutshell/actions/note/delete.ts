import { defineOperation } from '../../../shared/kit';
import { nutshellRequest } from '../../transport';
import { noteIdField, readNoteId } from './fields';

export const remove = defineOperation('delete', {
	name: 'Delete',
	action: 'Delete a note',
	description: 'Delete a note (it can be restored with Undelete)',
	fields: [noteIdField],
	input: (item) => ({ id: readNoteId(item) }),
	run: async (item, { id }) => {
		await nutshellRequest(item, 'DELETE', `/notes/${id.path}`);
		return { deleted: true, id: id.raw };
	},
});
