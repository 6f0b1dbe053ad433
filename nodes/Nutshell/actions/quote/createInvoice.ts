import { defineOperation } from '../../../shared/kit';
import { documentIdField, readDocumentId } from '../../salesDocuments';
import { firstRecord, nutshellRequest } from '../../transport';

export const createInvoice = defineOperation('createInvoice', {
	name: 'Create Invoice',
	action: 'Create an invoice from a quote',
	description:
		'Copy a quote into a new invoice (line items and recipient; template defaults for the rest)',
	fields: [documentIdField('quotes')],
	input: (item) => ({ id: readDocumentId(item, 'quotes') }),
	run: async (item, { id }) => {
		// Each call makes another invoice, and nothing identifies a repeat: never resent once it may
		// have reached Nutshell.
		const response = await nutshellRequest(item, 'POST', `/quotes/${id.path}/invoice`, {
			idempotent: false,
		});
		return firstRecord(response.body, 'invoices');
	},
});
