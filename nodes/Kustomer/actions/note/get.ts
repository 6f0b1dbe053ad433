import { defineOperation } from '../../../shared/kit';
import { outputOptions } from '../../descriptions';
import { shapeOf } from '../../output';
import { sendRecord } from '../common';
import { noteId, notePath } from './fields';

export const get = defineOperation('get', {
	name: 'Get',
	action: 'Get a note',
	description: 'Retrieve a note by ID',
	fields: [noteId, outputOptions()],
	input: (item) => ({ path: notePath(item), shape: shapeOf(item, 'record') }),
	run: async (item, { path, shape }) => shape(await sendRecord(item, 'GET', path)),
});
