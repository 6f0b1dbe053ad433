import { defineOperation } from '../../../shared/kit';
import { outputOptions, userLocator } from '../../descriptions';
import { shapeOf } from '../../output';
import { sendRecord } from '../common';

/** Kustomer deletes a user by `deleted: true` on PUT /v1/users/{id}; `null` restores the user. */
export const deactivate = defineOperation('deactivate', {
	name: 'Deactivate',
	action: 'Deactivate a user',
	description: 'Deactivate (delete) a user so they can no longer sign in; Reactivate restores them',
	fields: [userLocator(), outputOptions()],
	input: (item) => ({ id: item.id('userId', 'User'), shape: shapeOf(item, 'record') }),
	run: async (item, { id, shape }) =>
		shape(await sendRecord(item, 'PUT', `/v1/users/${id.path}`, { deleted: true })),
});
