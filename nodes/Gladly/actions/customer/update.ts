import { simplifyField } from '../../../shared/descriptions';
import { defineOperation } from '../../../shared/kit';
import { customerId, customerLocator, readCustomer } from '../../customerLocator';
import { fieldsCollection } from '../../fields';
import { outputCustomer } from '../../simplify';
import { gladlyRequest } from '../../transport';
import { REPLACE_NOTE, fetchCustomer, profileBody, profileFields } from './profile';

export const update = defineOperation('update', {
	name: 'Update',
	action: 'Update a customer',
	description: 'Change fields of a customer profile',
	fields: [customerLocator(), fieldsCollection(profileFields(REPLACE_NOTE)), simplifyField],
	input: (item) => {
		const customer = readCustomer(item);
		const body = profileBody(item, 'updateFields');
		if (!Object.keys(body).length)
			throw item.fail('Update Fields', 'is empty: add at least one field to change');
		return { customer, body, simple: item.boolean('simple', true) };
	},
	run: async (item, { customer, body, simple }) => {
		const id = await customerId(item, customer);
		await gladlyRequest(item, 'PATCH', `/customer-profiles/${id.path}`, { body, idempotent: true });
		return outputCustomer(await fetchCustomer(item, id), simple);
	},
});
