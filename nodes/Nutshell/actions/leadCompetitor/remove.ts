import { defineOperation } from '../../../shared/kit';
import { mapIdField, COMPETITOR_MAP, readMapId, removeMap } from '../../leadMaps';

export const remove = defineOperation('remove', {
	name: 'Remove',
	action: 'Remove a competitor from a lead',
	description: 'Remove a competitor from its lead (the competitor itself stays)',
	fields: [mapIdField(COMPETITOR_MAP)],
	input: (item) => ({ id: readMapId(item, COMPETITOR_MAP) }),
	run: async (item, { id }) => await removeMap(item, COMPETITOR_MAP, id),
});
