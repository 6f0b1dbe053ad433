import { defineOperation } from '../../../shared/kit';
import { listTeams, referenceIdField } from '../../reference';

export const get = defineOperation('get', {
	name: 'Get',
	action: 'Get a team',
	description: 'Retrieve a team by ID',
	fields: [referenceIdField('teamId', 'Team ID', 'teams', 'team')],
	// Team ids come from JSON-RPC as numbers: `7` and `7-teams` name the same team.
	input: (item) => ({
		id: `${String(item.raw<unknown>('teamId', ''))
			.trim()
			.replace(/-teams$/, '')}-teams`,
	}),
	run: async (item, { id }) => {
		const found = (await listTeams(item)).find((record) => String(record.id) === id);
		if (!found) throw item.fail('Team ID', `matches no team ("${id}")`);
		return found;
	},
});
