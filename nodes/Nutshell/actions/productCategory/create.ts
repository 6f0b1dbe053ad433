import { defineOperation } from '../../../shared/kit';
import { firstRecord, nutshellRequest } from '../../transport';
import { nameField } from '../../reference';

export const create = defineOperation('create', {
	name: 'Create',
	action: 'Create a product category',
	description: 'Create a product category to group products',
	fields: [nameField('product category')],
	input: (item) => ({ name: item.string('name', 'Name', { required: true }) }),
	run: async (item, { name }) => {
		// One record per request in its plural array; never resent (nothing identifies a repeat).
		const response = await nutshellRequest(item, 'POST', '/productcategories', {
			body: { productCategories: [{ name }] },
			idempotent: false,
		});
		return firstRecord(response.body, 'productCategories');
	},
});
