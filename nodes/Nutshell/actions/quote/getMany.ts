import { defineOperation } from '../../../shared/kit';
import { listDocuments, listFields, readListInput } from '../../salesDocuments';

export const getMany = defineOperation('getMany', {
	name: 'Get Many',
	action: 'Get many quotes',
	description: 'Retrieve quotes, optionally of one lead or created within a date range',
	fields: listFields('quotes'),
	input: readListInput,
	run: async (item, input) => await listDocuments(item, 'quotes', input),
});
