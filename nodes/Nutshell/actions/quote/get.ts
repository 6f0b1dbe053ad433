import { defineOperation } from '../../../shared/kit';
import { documentIdField, getDocument, readDocumentId } from '../../salesDocuments';

export const get = defineOperation('get', {
	name: 'Get',
	action: 'Get a quote',
	description: 'Retrieve a quote (line items, total, status, lead) by ID',
	fields: [documentIdField('quotes')],
	input: (item) => ({ id: readDocumentId(item, 'quotes') }),
	run: async (item, { id }) => await getDocument(item, 'quotes', id),
});
