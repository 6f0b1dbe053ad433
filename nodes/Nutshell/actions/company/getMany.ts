import { returnAllOrLimit, simplifyField } from '../../../shared/descriptions';
import { defineOperation } from '../../../shared/kit';
import { listOptions } from '../../descriptions';
import { listFilterFields, listQuery, sortField } from '../../lists';
import { COMPANY } from '../../party';
import { DEFAULT_CONCURRENCY, getAllPages } from '../../transport';

export const getMany = defineOperation('getMany', {
	name: 'Get Many',
	action: 'Get many companies',
	description: 'Retrieve a list of companies, with search and filters',
	fields: [
		...returnAllOrLimit(),
		...listFilterFields('getCompanyFilterFields', [
			{
				displayName: 'Email',
				name: 'email',
				type: 'string',
				placeholder: 'e.g. name@email.com',
				default: '',
				description: 'Only the companies with exactly this email address',
			},
		]),
		sortField(COMPANY.sortOptions),
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
		await getAllPages(item, '/accounts', 'accounts', {
			qs,
			returnAll: limit === undefined,
			limit,
			concurrency,
			map: simple ? COMPANY.simplify : undefined,
		}),
});
