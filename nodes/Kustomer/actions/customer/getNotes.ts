import { defineOperation } from '../../../shared/kit';
import { customerLocator } from '../../descriptions';
import { listFields, readList, runList } from '../common';

/** A customer's notes: GET /v1/customers/{id}/notes. */
export const getNotes = defineOperation('getNotes', {
	name: 'Get Notes',
	action: 'Get notes of a customer',
	description: "Retrieve a customer's notes",
	fields: listFields({ fields: [customerLocator()] }),
	input: (item) => {
		const id = item.id('customerId', 'Customer');
		return readList(item, { path: `/v1/customers/${id.path}/notes`, kind: 'record' });
	},
	run: runList,
});
