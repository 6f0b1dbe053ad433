import { returnAllOrLimit } from '../../../shared/descriptions';
import { defineOperation } from '../../../shared/kit';
import { listReference, REFERENCES } from '../../reference';

export const getMany = defineOperation('getMany', {
	name: 'Get Many',
	action: 'Get many industries',
	description: 'Retrieve a list of industries',
	fields: returnAllOrLimit(),
	input: (item) => ({ limit: item.limit() }),
	run: async (item, { limit }) => await listReference(item, REFERENCES.industry, {}, limit),
});
