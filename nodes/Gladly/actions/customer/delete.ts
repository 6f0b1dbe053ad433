import { defineOperation } from '../../../shared/kit';
import { customerId, customerLocator, readCustomer } from '../../customerLocator';
import { gladlyRequest } from '../../transport';

export const remove = defineOperation('delete', {
	name: 'Delete',
	action: 'Delete a customer',
	description: 'Delete a customer profile for good',
	fields: [
		customerLocator({
			description:
				'The customer profile to delete for good. Their conversations must be closed; the API ' +
				'user needs the Compliance Admin role.',
		}),
	],
	input: (item) => ({ customer: readCustomer(item) }),
	run: async (item, { customer }) => {
		const id = await customerId(item, customer);
		await gladlyRequest(item, 'DELETE', `/customer-profiles/${id.path}`);
		return { deleted: true, id: id.raw };
	},
});
