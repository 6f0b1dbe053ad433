import { returnAllOrLimit } from '../../../shared/descriptions';
import { compact, defineOperation } from '../../../shared/kit';
import { getList } from '../../transport';
import { orgPath, publicFields, readOrg } from './answerFields';

export const getManyPublic = defineOperation('getManyPublic', {
	name: 'Get Many Public',
	action: 'Get many public answers',
	description: 'Retrieve public answers, alphabetically (Gladly returns at most 1000)',
	fields: [...publicFields, ...returnAllOrLimit(1000)],
	input: (item) => ({
		org: readOrg(item),
		filters: compact(item.collection('filters')),
		limit: item.limit(),
	}),
	run: async (item, { org, filters, limit }) =>
		(await getList(item, `${await orgPath(item, org)}/answers`, filters)).slice(0, limit),
});
