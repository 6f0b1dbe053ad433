import { returnAllOrLimit, simplifyField } from '../../../shared/descriptions';
import { defineOperation } from '../../../shared/kit';
import { listOptions } from '../../descriptions';
import { getList, listFilterFields, readList, sortField } from '../../lists';
import { COMPANY } from '../../party';

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
	input: readList,
	run: async (item, input) => await getList(item, 'accounts', input, COMPANY.simplify),
});
