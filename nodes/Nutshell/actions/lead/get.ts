import { simplifyField } from '../../../shared/descriptions';
import { defineOperation } from '../../../shared/kit';
import { leadLocator } from '../../descriptions';
import { leadId, readLead } from '../../ids';
import { simplifyLead } from '../../simplify';
import { getRecord } from '../../transport';

export const get = defineOperation('get', {
	name: 'Get',
	action: 'Get a lead',
	description: 'Retrieve a lead by ID or lead number',
	fields: [leadLocator(), simplifyField],
	input: (item) => ({ lead: readLead(item), simple: item.boolean('simple', true) }),
	run: async (item, { lead, simple }) => {
		const record = await getRecord(item, 'leads', (await leadId(item, lead)).path);
		return simple ? simplifyLead(record) : record;
	},
});
