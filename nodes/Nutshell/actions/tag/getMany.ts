import { returnAllOrLimit } from '../../../shared/descriptions';
import { defineOperation } from '../../../shared/kit';
import { optionalFields } from '../../descriptions';
import { byText, listReference, REFERENCES, searchFilter, tagTypeField } from '../../reference';

export const getMany = defineOperation('getMany', {
	name: 'Get Many',
	action: 'Get many tags',
	description: 'Retrieve a list of tags',
	fields: [
		...returnAllOrLimit(),
		optionalFields('Filters', 'filters', 'Add Filter', [
			searchFilter,
			tagTypeField('Only tags for this kind of record'),
		]),
	],
	input: (item) => {
		const filters = item.collection('filters');
		const qs = {
			...byText(filters),
			...(filters.tagType ? { 'filter[tagType]': filters.tagType } : {}),
		};
		return { limit: item.limit(), qs };
	},
	run: async (item, { limit, qs }) => await listReference(item, REFERENCES.tag, qs, limit),
});
