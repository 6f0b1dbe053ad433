import { defineOperation } from '../../../shared/kit';
import { readStatusInput, setDocumentStatus, statusFields } from '../../salesDocuments';

export const updateStatus = defineOperation('updateStatus', {
	name: 'Update Status',
	action: 'Update the status of an invoice',
	description:
		'Set an invoice to Ready, Sent, Revoked, Accepted (paid) or Archived, with an optional comment',
	fields: statusFields('invoices'),
	input: (item) => readStatusInput(item, 'invoices'),
	run: async (item, input) => await setDocumentStatus(item, 'invoices', input),
});
