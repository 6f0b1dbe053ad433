import { idSegment } from '../../../shared/ids';
import { collection } from '../../params';
import { listOperation } from '../common';

/** Every conversation, or one customer's (Filters › Customer ID). */
export const { description, execute } = listOperation({
	resource: 'conversation',
	operation: 'getMany',
	simplify: true,
	incremental: true,
	fields: [
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [{ displayName: 'Customer ID', name: 'customer', type: 'string', default: '', description: 'Only the conversations of this customer' }],
		},
	],
	build: (context, itemIndex) => {
		const customer = collection(context, 'filters', itemIndex).customer;
		if (!customer) return { path: '/v1/conversations', kind: 'conversation', queryContext: 'conversation' };
		const id = idSegment(context.getNode(), customer, 'Customer ID', itemIndex);
		return {
			path: `/v1/customers/${id}/conversations`,
			kind: 'conversation',
			queryContext: 'conversation',
			searchAnd: [{ conversation_customer: { equals: decodeURIComponent(id) } }],
		};
	},
});
