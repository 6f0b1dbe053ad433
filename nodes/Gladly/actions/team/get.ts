import { defineOperation } from '../../../shared/kit';
import { pickedIdField } from '../../fields';
import { getRecord } from '../../transport';

export const get = defineOperation('get', {
	name: 'Get',
	action: 'Get a team',
	description: 'Retrieve a team by ID',
	fields: [pickedIdField('teamId', 'Team', 'getTeams', 'team')],
	input: (item) => ({ id: item.id('teamId', 'teamId') }),
	run: async (item, { id }) => await getRecord(item, `/teams/${id.path}`),
});
