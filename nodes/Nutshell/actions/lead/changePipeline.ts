import { defineOperation } from '../../../shared/kit';
import { dynamicOptions, leadLocator } from '../../descriptions';
import { leadId, readId, readLead } from '../../ids';
import { nutshellRequest, recordOrFetch } from '../../transport';

export const changePipeline = defineOperation('changePipeline', {
	name: 'Change Pipeline',
	action: 'Change the pipeline of a lead',
	description: 'Move a lead to another pipeline (stageset), at its first stage',
	fields: [
		leadLocator(),
		dynamicOptions('Pipeline', 'pipeline', 'getPipelines', { required: true }),
	],
	input: (item) => ({
		pipeline: readId(item, 'pipeline', 'stagesets', 'Pipeline'),
		lead: readLead(item),
	}),
	run: async (item, { pipeline, lead }) => {
		const id = await leadId(item, lead);
		const response = await nutshellRequest(item, 'POST', `/leads/${id.path}/stageset`, {
			body: { stageset: pipeline.raw },
			idempotent: true,
		});
		return await recordOrFetch(item, response.body, 'leads', id.path);
	},
});
