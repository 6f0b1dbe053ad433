import { activation } from './deactivate';

/** Restores a deactivated user: `deleted: null` on PUT /v1/users/{id}. */
export const reactivate = activation(
	'reactivate',
	{ name: 'Reactivate', action: 'Reactivate a user', description: 'Restore a deactivated user' },
	null,
);
