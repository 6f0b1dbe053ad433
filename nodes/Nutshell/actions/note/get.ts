import { defineOperation } from '../../../shared/kit';
import { getRecord } from '../../transport';
import { noteIdField, readNoteId } from './fields';

export const get = defineOperation('get', {
	name: 'Get',
	action: 'Get a note',
	description: 'Retrieve a note (its text and the lead, person or company it is on) by ID',
	fields: [noteIdField],
	input: (item) => ({ id: readNoteId(item) }),
	run: async (item, { id }) => await getRecord(item, 'notes', id.path),
});
