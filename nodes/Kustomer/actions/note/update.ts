import { defineOperation } from '../../../shared/kit';
import { outputOptions } from '../../descriptions';
import { shapeOf } from '../../output';
import { requireChanges, sendRecord } from '../common';
import { noteBody, noteFields, noteId, notePath } from './fields';

export const update = defineOperation('update', {
	name: 'Update',
	action: 'Update a note',
	description: "Update a note's text or mentions",
	fields: [noteId, noteFields('updateFields'), outputOptions()],
	input: (item) => {
		const path = notePath(item);
		const body = requireChanges(item, noteBody(item, 'updateFields'), 'Update Fields');
		return { path, body, shape: shapeOf(item, 'record') };
	},
	run: async (item, { path, body, shape }) => shape(await sendRecord(item, 'PATCH', path, body)),
});
