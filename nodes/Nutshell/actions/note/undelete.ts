import { defineOperation } from '../../../shared/kit';
import { nutshellRequest, recordOrFetch } from '../../transport';
import { noteIdField, readNoteId } from './fields';

export const undelete = defineOperation('undelete', {
	name: 'Undelete',
	action: 'Undelete a note',
	description: 'Restore a deleted note',
	fields: [noteIdField],
	input: (item) => ({ id: readNoteId(item) }),
	run: async (item, { id }) => {
		// Restoring twice leaves the note restored, so a retry is safe.
		const response = await nutshellRequest(item, 'POST', `/notes/${id.path}/undelete`, {
			idempotent: true,
		});
		return await recordOrFetch(item, response.body, 'notes', id.path);
	},
});
