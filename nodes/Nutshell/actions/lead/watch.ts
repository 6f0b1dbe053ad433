import { defineOperation } from '../../../shared/kit';
import { leadLocator } from '../../descriptions';
import { readLead } from '../../ids';
import { leadAction } from './leadAction';

export const watch = defineOperation('watch', {
	name: 'Watch',
	action: 'Watch a lead',
	description: 'Toggle whether the API user watches a lead (Nutshell switches it on or off)',
	fields: [leadLocator()],
	input: (item) => ({ lead: readLead(item) }),
	run: async (item, { lead }) => await leadAction(item, lead, 'POST', '/watch'),
});
