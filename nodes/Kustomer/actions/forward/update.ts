import { defineOperation } from '../../../shared/kit';
import { outputOptions } from '../../descriptions';
import { shapeOf } from '../../output';
import { requireChanges, sendRecord } from '../common';
import { forwardBody, forwardFields, forwardId, forwardPath } from './fields';

/** Changes a forward that is still a draft, or schedules it with Send At: PUT /v1/forwards/{id}. */
export const update = defineOperation('update', {
	name: 'Update',
	action: 'Update a forward',
	description: 'Change a draft forward (recipients, text, subject) or send it with Send At',
	fields: [forwardId, forwardFields('updateFields'), outputOptions()],
	input: (item) => {
		const path = forwardPath(item);
		const body = requireChanges(item, forwardBody(item, 'updateFields'), 'Update Fields');
		return { path, body, shape: shapeOf(item, 'record') };
	},
	run: async (item, { path, body, shape }) => shape(await sendRecord(item, 'PUT', path, body)),
});
