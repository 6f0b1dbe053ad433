import type { IDataObject } from 'n8n-workflow';

import { defineOperation } from '../../../shared/kit';
import { leadLocator } from '../../descriptions';
import { leadId, readLead } from '../../ids';
import { nutshellRequest, recordsOf } from '../../transport';

export const getStageHistory = defineOperation('getStageHistory', {
	name: 'Get Stage History',
	action: 'Get the stage history of a lead',
	description:
		'Retrieve the stages a lead has been in, with the time spent in each and its pipeline, as one item',
	fields: [leadLocator()],
	input: (item) => ({ lead: readLead(item) }),
	run: async (item, { lead }) => {
		const id = await leadId(item, lead);
		const response = await nutshellRequest(item, 'GET', `/leads/${id.path}/stages`);
		const meta = ((response.body as IDataObject)?.meta ?? {}) as IDataObject;
		return {
			lead: id.raw,
			stageset: meta.stageset ?? null,
			stages: recordsOf(response.body, 'stages'),
			timeSpent: Array.isArray(meta.timeSpent) ? meta.timeSpent : [],
		};
	},
});
