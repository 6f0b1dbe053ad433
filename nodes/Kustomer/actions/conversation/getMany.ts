import { RecordId } from '../../../shared/ids';
import { defineOperation } from '../../../shared/kit';
import { filtersCollection } from '../../descriptions';
import { listFields, readList, runList } from '../common';

/** Every conversation, or one customer's (Filters › Customer ID). */
export const getMany = defineOperation('getMany', {
	name: 'Get Many',
	action: 'Get many conversations',
	description: "Retrieve many conversations, or one customer's",
	fields: listFields({
		simplify: true,
		incremental: true,
		fields: [
			filtersCollection([
				{
					displayName: 'Customer ID',
					name: 'customer',
					type: 'string',
					default: '',
					description: 'Only the conversations of this customer',
				},
			]),
		],
	}),
	input: (item) => {
		const customer = item.collection('filters').customer;
		const kind = 'conversation';
		if (!customer) return readList(item, { path: '/v1/conversations', kind, queryContext: kind });
		const id = RecordId.of(item.node, customer, 'Customer ID', item.index);
		return readList(item, {
			path: `/v1/customers/${id.path}/conversations`,
			kind,
			queryContext: kind,
			searchAnd: [{ conversation_customer: { equals: id.raw } }],
		});
	},
	run: runList,
});
