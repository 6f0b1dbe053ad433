import { defineOperation } from '../../../shared/kit';
import { customerLocator } from '../../descriptions';
import { listFields, readList, runList } from '../common';

/** A customer's conversations: GET /v1/customers/{id}/conversations. */
export const getConversations = defineOperation('getConversations', {
	name: 'Get Conversations',
	action: 'Get conversations of a customer',
	description: "Retrieve a customer's conversations",
	fields: listFields({ fields: [customerLocator()], simplify: true, incremental: true }),
	input: (item) => {
		const id = item.id('customerId', 'Customer');
		return readList(item, {
			path: `/v1/customers/${id.path}/conversations`,
			kind: 'conversation',
			queryContext: 'conversation',
			searchAnd: [{ conversation_customer: { equals: id.raw } }],
		});
	},
	run: runList,
});
