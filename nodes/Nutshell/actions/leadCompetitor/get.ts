import { defineOperation } from '../../../shared/kit';
import { getMap, mapIdField, COMPETITOR_MAP, readMapId } from '../../leadMaps';

export const get = defineOperation('get', {
	name: 'Get',
	action: 'Get a competitor on a lead',
	description: 'Retrieve a competitor on a lead (competitor, status) by its lead competitor ID',
	fields: [mapIdField(COMPETITOR_MAP)],
	input: (item) => ({ id: readMapId(item, COMPETITOR_MAP) }),
	run: async (item, { id }) => await getMap(item, COMPETITOR_MAP, id),
});
