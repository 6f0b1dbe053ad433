import { defineOperation } from '../../../shared/kit';
import { nameField, outputOptions } from '../../descriptions';
import { shapeOf } from '../../output';
import { sendRecord } from '../common';
import { checkName, teamBody, teamFields } from './fields';

/** POST /v1/teams: `name` (at most 256 characters), optional display name, icon, members. */
export const create = defineOperation('create', {
	name: 'Create',
	action: 'Create a team',
	description: 'Create a team of agents, optionally with its members',
	fields: [nameField('e.g. tier-2'), teamFields('additionalFields'), outputOptions()],
	input: (item) => {
		const name = checkName(item, item.string('name', 'Name', { required: true }));
		const body = { name, ...teamBody(item, 'additionalFields') };
		return { body, shape: shapeOf(item, 'record') };
	},
	run: async (item, { body, shape }) => shape(await sendRecord(item, 'POST', '/v1/teams', body)),
});
