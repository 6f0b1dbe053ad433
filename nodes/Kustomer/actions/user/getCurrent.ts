import { defineOperation } from '../../../shared/kit';
import { outputOptions } from '../../descriptions';
import { shapeOf } from '../../output';
import { sendRecord } from '../common';

/** The (machine) user behind the API key: GET /v1/users/current. */
export const getCurrent = defineOperation('getCurrent', {
	name: 'Get Current',
	action: 'Get the current user',
	description: 'Retrieve the user of the API key',
	fields: [outputOptions()],
	input: (item) => ({ shape: shapeOf(item, 'record') }),
	run: async (item, { shape }) => shape(await sendRecord(item, 'GET', '/v1/users/current')),
});
