import { defineOperation } from '../../../shared/kit';
import { optionalFields } from '../../descriptions';
import { mapIdField, patchMap, PRODUCT_MAP, readMapId } from '../../leadMaps';
import type { PatchOperation } from '../../transport';
import { mapFieldPatch } from '../../unconfirmed';
import { quantity, quantityField, unitPrice, unitPriceField } from '../lead/fields';

export const update = defineOperation('update', {
	name: 'Update',
	action: 'Update a product on a lead',
	description: 'Change the quantity or unit price of a product on a lead',
	fields: [
		mapIdField(PRODUCT_MAP),
		optionalFields('Update Fields', 'updateFields', 'Add Field', [
			quantityField,
			unitPriceField('Price per unit'),
		]),
	],
	input: (item) => {
		const fields = item.collection('updateFields');
		const operations: PatchOperation[] = [];
		if (fields.quantity !== undefined)
			operations.push(
				mapFieldPatch('productMaps', 'quantity', quantity(item, fields.quantity, 'Quantity')),
			);
		const price = unitPrice(item, fields.price, 'Unit Price');
		if (price) operations.push(mapFieldPatch('productMaps', 'price', { amount: price }));
		if (!operations.length)
			throw item.fail('Update Fields', 'is empty: add the quantity or the unit price');
		return { id: readMapId(item, PRODUCT_MAP), operations };
	},
	run: async (item, { id, operations }) => await patchMap(item, PRODUCT_MAP, id, operations),
});
