import { returnAllOrLimit } from '../../../shared/descriptions';
import { compact, defineOperation } from '../../../shared/kit';
import { requiredText } from '../../../shared/validate';
import { getList } from '../../transport';
import { orgPath, publicFields, readOrg } from './answerFields';

export const search = defineOperation('search', {
	name: 'Search Public',
	action: 'Search public answers',
	description: 'Search the public answers by words',
	fields: [
		{
			displayName: 'Query',
			name: 'q',
			type: 'string',
			default: '',
			required: true,
			description: 'Words to search for in public answers',
		},
		...publicFields,
		...returnAllOrLimit(),
	],
	input: (item) => ({
		q: item.parse('q', 'q', requiredText),
		org: readOrg(item),
		filters: compact(item.collection('filters')),
		limit: item.limit(),
	}),
	run: async (item, { q, org, filters, limit }) => {
		const path = `${await orgPath(item, org)}/answers-search`;
		return (await getList(item, path, { q, ...filters })).slice(0, limit);
	},
});
