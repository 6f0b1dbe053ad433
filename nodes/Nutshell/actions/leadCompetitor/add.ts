import { defineOperation } from '../../../shared/kit';
import { dynamicOptions, leadLocator } from '../../descriptions';
import { leadId, readId, readLead } from '../../ids';
import { patchAndGet } from '../../transport';
import { addCompetitorPatch } from '../../unconfirmed';

export const add = defineOperation('add', {
	name: 'Add',
	action: 'Add a competitor to a lead',
	description:
		'Add a competitor to a lead; returns the lead with its competitors in links.competitorMaps (set beaten or stole with Update)',
	fields: [
		leadLocator(),
		dynamicOptions('Competitor', 'competitorId', 'getCompetitors', { required: true }),
	],
	input: (item) => ({
		lead: readLead(item),
		competitor: readId(item, 'competitorId', 'competitors', 'Competitor'),
	}),
	run: async (item, { lead, competitor }) => {
		const id = await leadId(item, lead);
		return await patchAndGet(item, 'leads', id.path, [addCompetitorPatch(competitor.raw)]);
	},
});
