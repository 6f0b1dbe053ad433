import { defineOperation } from '../../../shared/kit';
import { dynamicOptions, leadLocator } from '../../descriptions';
import { leadId, readId, readLead } from '../../ids';
import { patchAndGet } from '../../transport';
import { stageMovePatch } from '../../unconfirmed';

export const moveStage = defineOperation('moveStage', {
	name: 'Move Stage',
	action: 'Move a lead to a stage',
	description: 'Move a lead to another stage of its pipeline',
	fields: [
		leadLocator(),
		dynamicOptions('Stage', 'stage', 'getStages', {
			required: true,
			description:
				'Stage of the lead’s current pipeline to move it to. Choose from the list, or specify ' +
				'an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		}),
	],
	input: (item) => ({ stage: readId(item, 'stage', 'stages', 'Stage'), lead: readLead(item) }),
	run: async (item, { stage, lead }) => {
		const id = await leadId(item, lead);
		return await patchAndGet(item, 'leads', id.path, [stageMovePatch(stage.raw)]);
	},
});
