import { defineOperation } from '../../../shared/kit';
import { closeFields, closeLead, readClose } from './close';

export const markLost = defineOperation('markLost', {
	name: 'Mark Lost',
	action: 'Mark a lead as lost',
	description: 'Close a lead as lost with an outcome, competitors and products',
	fields: closeFields('lost'),
	input: readClose('lost'),
	run: closeLead,
});
