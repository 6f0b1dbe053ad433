import { returnAllOrLimit, simplifyField } from '../../../shared/descriptions';
import { defineOperation } from '../../../shared/kit';
import { listOptions } from '../../descriptions';
import { listFilterFields, listQuery, sortField } from '../../lists';
import { PERSON } from '../../party';
import { DEFAULT_CONCURRENCY, getAllPages } from '../../transport';

export const getMany = defineOperation('getMany', {
	name: 'Get Many',
	action: 'Get many people',
	description: 'Retrieve a list of people, with search and filters',
	fields: [
		...returnAllOrLimit(),
		...listFilterFields('getPersonFilterFields', [
			{
				displayName: 'Email',
				name: 'email',
				type: 'string',
				placeholder: 'e.g. name@email.com',
				default: '',
				description: 'Only the people with exactly this email address',
			},
		]),
		sortField(PERSON.sortOptions),
		simplifyField,
		listOptions,
	],
	input: (item) => ({
		qs: listQuery(item),
		limit: item.limit(),
		simple: item.boolean('simple', true),
		concurrency: item.concurrency(DEFAULT_CONCURRENCY),
	}),
	run: async (item, { qs, limit, simple, concurrency }) =>
		await getAllPages(item, '/contacts', 'contacts', {
			qs,
			returnAll: limit === undefined,
			limit,
			concurrency,
			map: simple ? PERSON.simplify : undefined,
		}),
});
