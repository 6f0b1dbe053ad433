import { defineOperation } from '../../../shared/kit';
import { companyLocator, outputOptions } from '../../descriptions';
import { shapeOf } from '../../output';
import { sendRecord } from '../common';
import { companyPath } from './fields';

export const get = defineOperation('get', {
	name: 'Get',
	action: 'Get a company',
	description: 'Retrieve a company by ID',
	fields: [companyLocator(), outputOptions()],
	input: (item) => ({ path: companyPath(item), shape: shapeOf(item, 'record') }),
	run: async (item, { path, shape }) => shape(await sendRecord(item, 'GET', path)),
});
