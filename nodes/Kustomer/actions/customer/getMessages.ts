import { defineOperation } from '../../../shared/kit';
import { customerLocator } from '../../descriptions';
import { listFields, readList, runList } from '../common';

/** A customer's messages: GET /v1/customers/{id}/messages. */
export const getMessages = defineOperation('getMessages', {
	name: 'Get Messages',
	action: 'Get messages of a customer',
	description: "Retrieve a customer's messages",
	fields: listFields({ fields: [customerLocator()], simplify: true }),
	input: (item) => {
		const id = item.id('customerId', 'Customer');
		return readList(item, { path: `/v1/customers/${id.path}/messages`, kind: 'message' });
	},
	run: runList,
});
