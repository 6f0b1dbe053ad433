import { simplifyField } from '../../../shared/descriptions';
import { defineOperation } from '../../../shared/kit';
import { customAttributesField } from '../../custom';
import { outputOptions } from '../../descriptions';
import { shapeOf } from '../../output';
import { sendRecord } from '../common';
import { customerBody, customerFields } from './fields';

export const create = defineOperation('create', {
	name: 'Create',
	action: 'Create a customer',
	description: 'Create a new customer',
	fields: [
		customerFields('additionalFields'),
		customAttributesField(),
		simplifyField,
		outputOptions(),
	],
	input: async (item) => ({
		body: await customerBody(item, 'additionalFields'),
		shape: shapeOf(item, 'customer'),
	}),
	run: async (item, { body, shape }) =>
		shape(await sendRecord(item, 'POST', '/v1/customers', body)),
});
