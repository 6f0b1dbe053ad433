import { defineOperation } from '../../../shared/kit';
import { listDocuments, listFields, readListInput } from '../../salesDocuments';

export const getMany = defineOperation('getMany', {
	name: 'Get Many',
	action: 'Get many invoices',
	description: 'Retrieve invoices, optionally of one lead or created within a date range',
	fields: listFields('invoices'),
	input: readListInput,
	run: async (item, input) => await listDocuments(item, 'invoices', input),
});
