import { returnAllOrLimit } from '../../../shared/descriptions';
import { defineOperation } from '../../../shared/kit';
import { listReference, REFERENCES } from '../../reference';

export const getMany = defineOperation('getMany', {
	name: 'Get Many',
	action: 'Get many stages',
	description: 'Retrieve a list of stages',
	fields: returnAllOrLimit(),
	input: (item) => ({ limit: item.limit() }),
	run: async (item, { limit }) => await listReference(item, REFERENCES.stage, {}, limit),
});
