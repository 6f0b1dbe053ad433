import { simplifyField } from '../../../shared/descriptions';
import { defineOperation } from '../../../shared/kit';
import { customAttributesField } from '../../custom';
import { customerLocator, outputOptions } from '../../descriptions';
import { shapeOf } from '../../output';
import { requireChanges, sendRecord } from '../common';
import { customerBody, customerFields } from './fields';

export const update = defineOperation('update', {
	name: 'Update',
	action: 'Update a customer',
	description: "Update a customer's attributes",
	fields: [
		customerLocator(),
		customerFields('updateFields'),
		customAttributesField(),
		simplifyField,
		outputOptions(),
	],
	input: async (item) => {
		const id = item.id('customerId', 'Customer');
		const body = requireChanges(item, await customerBody(item, 'updateFields'), 'Update Fields');
		return { id, body, shape: shapeOf(item, 'customer') };
	},
	run: async (item, { id, body, shape }) =>
		shape(await sendRecord(item, 'PATCH', `/v1/customers/${id.path}`, body)),
});
