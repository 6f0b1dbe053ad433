import { customerLocator } from '../../descriptions';
import { idParam, listOperation } from '../common';

/** A customer's conversations: GET /v1/customers/{id}/conversations. */
export const { description, execute } = listOperation({
	resource: 'customer',
	operation: 'getConversations',
	fields: [customerLocator()],
	simplify: true,
	incremental: true,
	build: (context, itemIndex) => {
		const id = idParam(context, 'customerId', 'Customer', itemIndex);
		return {
			path: `/v1/customers/${id}/conversations`,
			kind: 'conversation',
			queryContext: 'conversation',
			searchAnd: [{ conversation_customer: { equals: decodeURIComponent(id) } }],
		};
	},
});
