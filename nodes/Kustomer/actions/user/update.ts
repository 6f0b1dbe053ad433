import { defineOperation } from '../../../shared/kit';
import { outputOptions, userLocator } from '../../descriptions';
import { shapeOf } from '../../output';
import { requireChanges, sendRecord } from '../common';
import { userBody, userFields } from './fields';

/** Changes a user: PUT /v1/users/{id} with the attributes to change. */
export const update = defineOperation('update', {
	name: 'Update',
	action: 'Update a user',
	description: "Update a user's name, email, type, roles or role groups",
	fields: [userLocator(), userFields('updateFields'), outputOptions()],
	input: (item) => {
		const id = item.id('userId', 'User');
		const body = requireChanges(item, userBody(item, 'updateFields'), 'Update Fields');
		return { id, body, shape: shapeOf(item, 'record') };
	},
	run: async (item, { id, body, shape }) =>
		shape(await sendRecord(item, 'PUT', `/v1/users/${id.path}`, body)),
});
