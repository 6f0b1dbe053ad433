import { defineOperation } from '../../../shared/kit';
import { closeFields, closeLead, readClose } from './close';

export const markCancelled = defineOperation('markCancelled', {
	name: 'Mark Cancelled',
	action: 'Mark a lead as cancelled',
	description: 'Close a lead as cancelled with an outcome',
	fields: closeFields('cancelled'),
	input: readClose('cancelled'),
	run: closeLead,
});
