import { returnAllOrLimit } from '../../../shared/descriptions';
import { defineOperation } from '../../../shared/kit';
import { nutshellRequest, recordsOf } from '../../transport';

export const getMany = defineOperation('getMany', {
	name: 'Get Many',
	action: 'Get many product categories',
	description: 'Retrieve the product categories (groups of products)',
	fields: returnAllOrLimit(),
	input: (item) => ({ limit: item.limit() }),
	run: async (item, { limit }) => {
		// One list, without paging or filter parameters in Nutshell's document.
		const response = await nutshellRequest(item, 'GET', '/productcategories');
		return recordsOf(response.body, 'productCategories').slice(0, limit);
	},
});
