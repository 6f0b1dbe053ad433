import { defineOperation } from '../../../shared/kit';
import { closeFields, closeLead, readClose } from './close';

export const markWon = defineOperation('markWon', {
	name: 'Mark Won',
	action: 'Mark a lead as won',
	description: 'Close a lead as won with an outcome and products',
	fields: closeFields('won'),
	input: readClose('won'),
	run: closeLead,
});
