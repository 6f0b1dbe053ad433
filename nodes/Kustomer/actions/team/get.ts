import { defineOperation } from '../../../shared/kit';
import { outputOptions, teamLocator } from '../../descriptions';
import { shapeOf } from '../../output';
import { sendRecord } from '../common';

export const get = defineOperation('get', {
	name: 'Get',
	action: 'Get a team',
	description: 'Retrieve a team by ID',
	fields: [teamLocator(), outputOptions()],
	input: (item) => ({ id: item.id('teamId', 'Team'), shape: shapeOf(item, 'record') }),
	run: async (item, { id, shape }) => shape(await sendRecord(item, 'GET', `/v1/teams/${id.path}`)),
});
