import { defineOperation } from '../../../shared/kit';
import { COMPETITOR_MAP, mapIdField, patchMap, readMapId } from '../../leadMaps';
import { mapFieldPatch } from '../../unconfirmed';

const STATUSES = ['potential', 'beat', 'stole', 'none'] as const;

export const update = defineOperation('update', {
	name: 'Update',
	action: 'Update a competitor on a lead',
	description:
		'Record whether a competitor on a lead is still potential, was beaten, or stole the lead',
	fields: [
		mapIdField(COMPETITOR_MAP),
		{
			displayName: 'Status',
			name: 'status',
			type: 'options',
			default: 'potential',
			options: [
				{ name: 'Beaten', value: 'beat', description: 'We won against this competitor' },
				{ name: 'None', value: 'none', description: 'Clear the status' },
				{ name: 'Potential', value: 'potential', description: 'Still competing' },
				{ name: 'Stole the Lead', value: 'stole', description: 'The competitor won the lead' },
			],
			description: 'Where the competitor stands on this lead',
		},
	],
	input: (item) => {
		const status = item.choice('status', 'Status', STATUSES);
		return {
			id: readMapId(item, COMPETITOR_MAP),
			operations: [mapFieldPatch('competitorMaps', 'status', status === 'none' ? null : status)],
		};
	},
	run: async (item, { id, operations }) => await patchMap(item, COMPETITOR_MAP, id, operations),
});
