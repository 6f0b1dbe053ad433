import { returnAllOrLimit } from '../../../shared/descriptions';
import { defineOperation } from '../../../shared/kit';
import { listTeams } from '../../reference';

export const getMany = defineOperation('getMany', {
	name: 'Get Many',
	action: 'Get many teams',
	description: 'Retrieve a list of teams',
	fields: returnAllOrLimit(),
	input: (item) => ({ limit: item.limit() }),
	run: async (item, { limit }) => (await listTeams(item)).slice(0, limit),
});
