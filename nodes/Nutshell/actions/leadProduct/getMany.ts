import { defineOperation } from '../../../shared/kit';
import { listMapFields, listMaps, PRODUCT_MAP, readMapList } from '../../leadMaps';

export const getMany = defineOperation('getMany', {
	name: 'Get Many',
	action: 'Get many products on leads',
	description: 'Retrieve the products on leads (quantity and price), or only those of one lead',
	fields: listMapFields(PRODUCT_MAP),
	input: readMapList,
	run: async (item, input) => await listMaps(item, PRODUCT_MAP, input),
});
