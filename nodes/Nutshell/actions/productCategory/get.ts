import { defineOperation } from '../../../shared/kit';
import { idField } from '../../descriptions';
import { readId } from '../../ids';
import { firstRecord, nutshellRequest } from '../../transport';

export const get = defineOperation('get', {
	name: 'Get',
	action: 'Get a product category',
	description: 'Retrieve a product category by ID',
	fields: [
		idField(
			'productCategoryId',
			'Product Category ID',
			'productCategories',
			'ID of the product category',
		),
	],
	input: (item) => ({
		id: readId(item, 'productCategoryId', 'productCategories', 'Product Category ID'),
	}),
	run: async (item, { id }) => {
		const response = await nutshellRequest(item, 'GET', `/productcategories/${id.path}`);
		return firstRecord(response.body, 'productCategories');
	},
});
