import { inputError } from '../../../shared/errors';
import { compact } from '../../descriptions';
import { collection } from '../../params';
import { listOperation } from '../common';

/** Companies, optionally by name (`filter`) or external ID: Kustomer applies one of the two. */
export const { description, execute } = listOperation({
	resource: 'company',
	operation: 'getMany',
	fields: [
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			description: 'Kustomer applies one filter at a time',
			options: [
				{ displayName: 'External ID', name: 'externalId', type: 'string', default: '' },
				{ displayName: 'Name', name: 'filter', type: 'string', default: '', description: 'Companies whose name matches' },
			],
		},
	],
	build: (context, itemIndex) => {
		const filters = compact(collection(context, 'filters', itemIndex));
		if (filters.externalId !== undefined && filters.filter !== undefined) {
			throw inputError(context.getNode(), 'Filters', 'can hold External ID or Name, not both (Kustomer ignores both when both are sent)', itemIndex);
		}
		return { path: '/v1/companies', kind: 'record', qs: filters };
	},
});
