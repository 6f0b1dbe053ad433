import { defineOperation } from '../../../shared/kit';
import { getMap, mapIdField, PRODUCT_MAP, readMapId } from '../../leadMaps';

export const get = defineOperation('get', {
	name: 'Get',
	action: 'Get a product on a lead',
	description:
		'Retrieve a product on a lead (product, quantity, unit price) by its lead product ID',
	fields: [mapIdField(PRODUCT_MAP)],
	input: (item) => ({ id: readMapId(item, PRODUCT_MAP) }),
	run: async (item, { id }) => await getMap(item, PRODUCT_MAP, id),
});
