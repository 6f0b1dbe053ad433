import { defineOperation } from '../../../shared/kit';
import { customerLocator } from '../../descriptions';
import { kustomerRequest } from '../../transport';

export const remove = defineOperation('delete', {
	name: 'Delete',
	action: 'Delete a customer',
	description: 'Delete a customer',
	fields: [customerLocator()],
	input: (item) => ({ id: item.id('customerId', 'Customer') }),
	run: async (item, { id }) => {
		await kustomerRequest(item, 'DELETE', `/v1/customers/${id.path}`);
		return { id: id.raw, deleted: true };
	},
});
