import { returnAllOrLimit, simplifyField } from '../../../shared/descriptions';
import { defineOperation } from '../../../shared/kit';
import { listOptions } from '../../descriptions';
import { getList, listFilterFields, readList, sortField } from '../../lists';
import { PERSON } from '../../party';

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
	input: readList,
	run: async (item, input) => await getList(item, 'contacts', input, PERSON.simplify),
});
