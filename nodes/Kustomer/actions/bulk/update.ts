import { defineOperation } from '../../../shared/kit';
import { bulkFields, readBulk, sendBulk } from './records';

export const update = defineOperation('update', {
	name: 'Update',
	action: 'Update records in bulk',
	description: 'Update many records with Kustomer bulk endpoints; returns the bulk jobs',
	fields: bulkFields(
		'Array of records to change, each with its "id", e.g. [{"id": "5f1e...", "name": "Jane Doe"}]',
	),
	input: (item) => readBulk(item, 'update'),
	run: async (item, input) => await sendBulk(item, 'update', input),
});
