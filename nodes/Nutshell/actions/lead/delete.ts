import { defineOperation } from '../../../shared/kit';
import { leadLocator } from '../../descriptions';
import { leadId, readLead } from '../../ids';
import { nutshellRequest } from '../../transport';

export const remove = defineOperation('delete', {
	name: 'Delete',
	action: 'Delete a lead',
	description: 'Move a lead to the trash',
	fields: [leadLocator()],
	input: (item) => ({ lead: readLead(item) }),
	run: async (item, { lead }) => {
		const id = await leadId(item, lead);
		await nutshellRequest(item, 'DELETE', `/leads/${id.path}`, { idempotent: true });
		return { deleted: true, id: id.raw };
	},
});
