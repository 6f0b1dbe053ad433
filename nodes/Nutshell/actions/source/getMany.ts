import { returnAllOrLimit } from '../../../shared/descriptions';
import { defineOperation } from '../../../shared/kit';
import { optionalFields } from '../../descriptions';
import { byText, listReference, REFERENCES, searchFilter } from '../../reference';

export const getMany = defineOperation('getMany', {
	name: 'Get Many',
	action: 'Get many sources',
	description: 'Retrieve a list of sources',
	fields: [
		...returnAllOrLimit(),
		optionalFields('Filters', 'filters', 'Add Filter', [searchFilter]),
	],
	input: (item) => ({ limit: item.limit(), qs: byText(item.collection('filters')) }),
	run: async (item, { limit, qs }) => await listReference(item, REFERENCES.source, qs, limit),
});
