import { defineOperation } from '../../../shared/kit';
import { customAttributesField } from '../../custom';
import { nameField, outputOptions } from '../../descriptions';
import { shapeOf } from '../../output';
import { sendRecord } from '../common';
import { companyBody, companyFields } from './fields';

export const create = defineOperation('create', {
	name: 'Create',
	action: 'Create a company',
	description: 'Create a company',
	fields: [
		nameField('e.g. Acme Inc.'),
		companyFields('additionalFields'),
		customAttributesField(),
		outputOptions(),
	],
	input: async (item) => {
		const name = item.string('name', 'Name', { required: true });
		const body = { name, ...(await companyBody(item, 'additionalFields')) };
		return { body, shape: shapeOf(item, 'record') };
	},
	run: async (item, { body, shape }) =>
		shape(await sendRecord(item, 'POST', '/v1/companies', body)),
});
