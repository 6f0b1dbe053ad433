import { defineOperation } from '../../../shared/kit';
import { outputOptions } from '../../descriptions';
import { shapeOf } from '../../output';
import { sendRecord } from '../common';
import { forwardId, forwardPath } from './fields';

export const get = defineOperation('get', {
	name: 'Get',
	action: 'Get a forward',
	description: 'Retrieve a forward by ID (its recipients, status and send time)',
	fields: [forwardId, outputOptions()],
	input: (item) => ({ path: forwardPath(item), shape: shapeOf(item, 'record') }),
	run: async (item, { path, shape }) => shape(await sendRecord(item, 'GET', path)),
});
