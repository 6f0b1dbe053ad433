import { defineOperation } from '../../../shared/kit';
import { documentIdField, getDocument, readDocumentId } from '../../salesDocuments';

export const get = defineOperation('get', {
	name: 'Get',
	action: 'Get an invoice',
	description: 'Retrieve an invoice (line items, total, status, lead) by ID',
	fields: [documentIdField('invoices')],
	input: (item) => ({ id: readDocumentId(item, 'invoices') }),
	run: async (item, { id }) => await getDocument(item, 'invoices', id),
});
