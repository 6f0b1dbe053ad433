import { defineOperation } from '../../../shared/kit';
import { leadLocator } from '../../descriptions';
import { readLead } from '../../ids';
import { leadAction } from './leadAction';

export const reopen = defineOperation('reopen', {
	name: 'Reopen',
	action: 'Reopen a lead',
	description: 'Reopen a closed (won, lost or cancelled) lead',
	fields: [leadLocator()],
	input: (item) => ({ lead: readLead(item) }),
	run: async (item, { lead }) => await leadAction(item, lead, 'POST', '/reopen'),
});
