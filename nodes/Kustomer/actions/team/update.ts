import { defineOperation } from '../../../shared/kit';
import { outputOptions, teamLocator } from '../../descriptions';
import { shapeOf } from '../../output';
import { requireChanges, sendRecord } from '../common';
import { teamBody, teamFields } from './fields';

/**
 * PATCH /v1/teams/{id}: only the attributes sent change (PUT would need the name every time).
 */
export const update = defineOperation('update', {
	name: 'Update',
	action: 'Update a team',
	description: "Update a team's name, display name, icon or whole member list",
	fields: [teamLocator(), teamFields('updateFields'), outputOptions()],
	input: (item) => {
		const id = item.id('teamId', 'Team');
		const body = requireChanges(item, teamBody(item, 'updateFields'), 'Update Fields');
		return { id, body, shape: shapeOf(item, 'record') };
	},
	run: async (item, { id, body, shape }) =>
		shape(await sendRecord(item, 'PATCH', `/v1/teams/${id.path}`, body)),
});
