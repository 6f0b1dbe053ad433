import { defineOperation } from '../../../shared/kit';
import { customerLocator } from '../../descriptions';
import { listFields, readList, runList } from '../common';

/** A customer's drafts: GET /v1/customers/{id}/drafts. */
export const getMany = defineOperation('getMany', {
	name: 'Get Many',
	action: 'Get many drafts',
	description: "Retrieve a customer's drafts",
	fields: listFields({ fields: [customerLocator()] }),
	input: (item) => {
		const id = item.id('customerId', 'Customer');
		return readList(item, { path: `/v1/customers/${id.path}/drafts`, kind: 'record' });
	},
	run: runList,
});
