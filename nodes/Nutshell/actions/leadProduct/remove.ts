import { defineOperation } from '../../../shared/kit';
import { mapIdField, PRODUCT_MAP, readMapId, removeMap } from '../../leadMaps';

export const remove = defineOperation('remove', {
	name: 'Remove',
	action: 'Remove a product from a lead',
	description: 'Remove a product from its lead (the product itself stays)',
	fields: [mapIdField(PRODUCT_MAP)],
	input: (item) => ({ id: readMapId(item, PRODUCT_MAP) }),
	run: async (item, { id }) => await removeMap(item, PRODUCT_MAP, id),
});
