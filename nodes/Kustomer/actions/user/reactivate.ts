import { defineOperation } from '../../../shared/kit';
import { outputOptions, userLocator } from '../../descriptions';
import { shapeOf } from '../../output';
import { sendRecord } from '../common';

/** Restores a deactivated user: `deleted: null` on PUT /v1/users/{id}. */
export const reactivate = defineOperation('reactivate', {
	name: 'Reactivate',
	action: 'Reactivate a user',
	description: 'Restore a deactivated user',
	fields: [userLocator(), outputOptions()],
	input: (item) => ({ id: item.id('userId', 'User'), shape: shapeOf(item, 'record') }),
	run: async (item, { id, shape }) =>
		shape(await sendRecord(item, 'PUT', `/v1/users/${id.path}`, { deleted: null })),
});
