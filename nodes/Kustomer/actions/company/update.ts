import { defineOperation } from '../../../shared/kit';
import { customAttributesField } from '../../custom';
import { companyLocator, outputOptions } from '../../descriptions';
import { shapeOf } from '../../output';
import { requireChanges, sendRecord } from '../common';
import { companyBody, companyFields, companyPath } from './fields';

export const update = defineOperation('update', {
	name: 'Update',
	action: 'Update a company',
	description: "Update a company's attributes",
	fields: [
		companyLocator(),
		companyFields('updateFields'),
		customAttributesField(),
		outputOptions(),
	],
	input: async (item) => {
		const path = companyPath(item);
		const body = requireChanges(item, await companyBody(item, 'updateFields'), 'Update Fields');
		return { path, body, shape: shapeOf(item, 'record') };
	},
	run: async (item, { path, body, shape }) => shape(await sendRecord(item, 'PUT', path, body)),
});
