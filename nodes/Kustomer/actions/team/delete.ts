import { defineOperation } from '../../../shared/kit';
import { teamLocator } from '../../descriptions';
import { kustomerRequest } from '../../transport';

export const remove = defineOperation('delete', {
	name: 'Delete',
	action: 'Delete a team',
	description: 'Delete a team (its members stay users)',
	fields: [teamLocator()],
	input: (item) => ({ id: item.id('teamId', 'Team') }),
	run: async (item, { id }) => {
		await kustomerRequest(item, 'DELETE', `/v1/teams/${id.path}`);
		return { id: id.raw, deleted: true };
	},
});
