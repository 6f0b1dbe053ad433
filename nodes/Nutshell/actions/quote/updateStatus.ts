import { defineOperation } from '../../../shared/kit';
import { readStatusInput, setDocumentStatus, statusFields } from '../../salesDocuments';

export const updateStatus = defineOperation('updateStatus', {
	name: 'Update Status',
	action: 'Update the status of a quote',
	description: 'Set a quote to Ready, Sent, Revoked, Accepted or Archived',
	fields: statusFields('quotes'),
	input: (item) => readStatusInput(item, 'quotes'),
	run: async (item, input) => await setDocumentStatus(item, 'quotes', input),
});
