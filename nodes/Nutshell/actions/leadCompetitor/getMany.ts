import { defineOperation } from '../../../shared/kit';
import { listMapFields, listMaps, COMPETITOR_MAP, readMapList } from '../../leadMaps';

export const getMany = defineOperation('getMany', {
	name: 'Get Many',
	action: 'Get many competitors on leads',
	description:
		'Retrieve the competitors on leads (with whether each was beaten or stole the lead), or only those of one lead',
	fields: listMapFields(COMPETITOR_MAP),
	input: readMapList,
	run: async (item, input) => await listMaps(item, COMPETITOR_MAP, input),
});
