import { defineOperation } from '../../../shared/kit';
import { outputOptions, userLocator } from '../../descriptions';
import { shapeOf } from '../../output';
import { sendRecord } from '../common';

export const get = defineOperation('get', {
	name: 'Get',
	action: 'Get a user',
	description: 'Retrieve a user (agent) by ID',
	fields: [userLocator(), outputOptions()],
	input: (item) => ({ id: item.id('userId', 'User'), shape: shapeOf(item, 'record') }),
	run: async (item, { id, shape }) => shape(await sendRecord(item, 'GET', `/v1/users/${id.path}`)),
});
