import { simplifyField } from '../../../shared/descriptions';
import { defineOperation } from '../../../shared/kit';
import { customerId, customerLocator, readCustomer } from '../../customerLocator';
import { outputCustomer } from '../../simplify';
import { fetchCustomer } from './profile';

export const get = defineOperation('get', {
	name: 'Get',
	action: 'Get a customer',
	description:
		'Retrieve a customer profile; a merged customer is followed to the profile it was merged into',
	fields: [customerLocator(), simplifyField],
	input: (item) => ({ customer: readCustomer(item), simple: item.boolean('simple', true) }),
	run: async (item, { customer, simple }) =>
		outputCustomer(await fetchCustomer(item, await customerId(item, customer)), simple),
});
