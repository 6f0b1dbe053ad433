import { defineOperation } from '../../../shared/kit';
import { leadLocator } from '../../descriptions';
import { readLead } from '../../ids';
import { leadAction } from './leadAction';

export const undelete = defineOperation('undelete', {
	name: 'Undelete',
	action: 'Undelete a lead',
	description: 'Restore a deleted lead',
	fields: [leadLocator()],
	input: (item) => ({ lead: readLead(item) }),
	run: async (item, { lead }) => await leadAction(item, lead, 'POST', '/undelete'),
});
