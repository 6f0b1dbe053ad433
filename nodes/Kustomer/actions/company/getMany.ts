import { defineOperation } from '../../../shared/kit';
import { filtersCollection } from '../../descriptions';
import { compact, listFields, readList, runList } from '../common';

/**
 * Companies, optionally by name (`filter`) or external ID: Kustomer applies one of the two. Updated
 * Since / Created Since read them through search (`company` context), oldest first, with the same
 * filter as a search criterion.
 */
export const getMany = defineOperation('getMany', {
	name: 'Get Many',
	action: 'Get many companies',
	description:
		'Retrieve many companies, optionally by name or external ID, or only those updated or created since a date',
	fields: listFields({
		incremental: true,
		fields: [
			filtersCollection(
				[
					{ displayName: 'External ID', name: 'externalId', type: 'string', default: '' },
					{
						displayName: 'Name',
						name: 'filter',
						type: 'string',
						default: '',
						description: 'Companies whose name matches',
					},
				],
				'Kustomer applies one filter at a time',
			),
		],
	}),
	input: (item) => {
		const filters = compact(item.collection('filters'));
		if (filters.externalId !== undefined && filters.filter !== undefined) {
			throw item.fail(
				'Filters',
				'can hold External ID or Name, not both (Kustomer ignores both when both are sent)',
			);
		}
		const searchAnd = [
			...(filters.externalId === undefined
				? []
				: [{ company_external_id: { equals: String(filters.externalId) } }]),
			...(filters.filter === undefined
				? []
				: [{ company_name: { contains: String(filters.filter) } }]),
		];
		return readList(item, {
			path: '/v1/companies',
			kind: 'record',
			qs: filters,
			queryContext: 'company',
			searchAnd,
		});
	},
	run: runList,
});
