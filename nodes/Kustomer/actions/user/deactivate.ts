import { defineOperation } from '../../../shared/kit';
import type { Operation } from '../../../shared/kit';
import { outputOptions, userLocator } from '../../descriptions';
import { shapeOf } from '../../output';
import { sendRecord } from '../common';

/**
 * Kustomer deletes a user by `deleted: true` on PUT /v1/users/{id} and restores one with
 * `deleted: null`: the two operations differ only in that value.
 */
export function activation(
	value: 'deactivate' | 'reactivate',
	text: { name: string; action: string; description: string },
	deleted: true | null,
): Operation {
	return defineOperation(value, {
		...text,
		fields: [userLocator(), outputOptions()],
		input: (item) => ({ id: item.id('userId', 'User'), shape: shapeOf(item, 'record') }),
		run: async (item, { id, shape }) =>
			shape(await sendRecord(item, 'PUT', `/v1/users/${id.path}`, { deleted })),
	});
}

export const deactivate = activation(
	'deactivate',
	{
		name: 'Deactivate',
		action: 'Deactivate a user',
		description:
			'Deactivate (delete) a user so they can no longer sign in; Reactivate restores them',
	},
	true,
);
