import { defineOperation } from '../../../shared/kit';
import { dynamicOptions, leadLocator } from '../../descriptions';
import { leadId, readLead } from '../../ids';
import { patchAndGet } from '../../transport';
import { addProductMapPatch } from '../../unconfirmed';
import { productMap, quantityField, unitPriceField } from '../lead/fields';

export const add = defineOperation('add', {
	name: 'Add',
	action: 'Add a product to a lead',
	description:
		'Add a product to a lead with a quantity and, optionally, a unit price; returns the lead with its products in links.productMaps',
	fields: [
		leadLocator(),
		dynamicOptions('Product', 'productId', 'getProducts', { required: true }),
		quantityField,
		unitPriceField("Price per unit; empty uses the product's price"),
	],
	input: (item) => ({
		lead: readLead(item),
		map: productMap(
			item,
			{
				product: item.raw('productId', ''),
				quantity: item.raw('quantity', 1),
				price: item.raw('price', ''),
			},
			'Product',
		),
	}),
	run: async (item, { lead, map }) => {
		const id = await leadId(item, lead);
		return await patchAndGet(item, 'leads', id.path, [addProductMapPatch(map)]);
	},
});
