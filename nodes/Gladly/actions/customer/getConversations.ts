import { returnAllOrLimit, simplifyField } from '../../../shared/descriptions';
import { defineOperation } from '../../../shared/kit';
import { customerId, customerLocator, readCustomer } from '../../customerLocator';
import { outputConversation } from '../../simplify';
import { cappedList } from '../../transport';

export const getConversations = defineOperation('getConversations', {
	name: 'Get Conversations',
	action: 'Get conversations of a customer',
	description: "Retrieve a customer's conversations (Gladly returns at most 100)",
	fields: [customerLocator(), ...returnAllOrLimit(100), simplifyField],
	input: (item) => ({
		customer: readCustomer(item),
		limit: item.limit(),
		simple: item.boolean('simple', true),
	}),
	run: async (item, { customer, limit, simple }) => {
		const id = await customerId(item, customer);
		const path = `/customers/${id.path}/conversations`;
		const records = await cappedList(item, path, { limit, cap: 100, what: 'conversations' });
		return records.map((record) => outputConversation(record, simple));
	},
});
