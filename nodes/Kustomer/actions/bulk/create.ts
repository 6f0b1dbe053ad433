import { defineOperation } from '../../../shared/kit';
import { bulkFields, readBulk, sendBulk } from './records';

export const create = defineOperation('create', {
	name: 'Create',
	action: 'Create records in bulk',
	description: 'Create many records with Kustomer bulk endpoints; returns the bulk jobs',
	fields: bulkFields(
		'Array of flat records as Kustomer takes them, e.g. [{"name": "Jane", "emails": [{"email": ' +
			'"jane@example.com"}]}]',
	),
	input: (item) => readBulk(item, 'create'),
	run: async (item, input) => await sendBulk(item, 'create', input),
});
