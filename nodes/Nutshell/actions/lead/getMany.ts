import { returnAllOrLimit, simplifyField } from '../../../shared/descriptions';
import { defineOperation } from '../../../shared/kit';
import { dynamicOptions, listOptions } from '../../descriptions';
import { listFilterFields, listQuery, sortField } from '../../lists';
import { simplifyLead } from '../../simplify';
import { DEFAULT_CONCURRENCY, getAllPages } from '../../transport';

export const getMany = defineOperation('getMany', {
	name: 'Get Many',
	action: 'Get many leads',
	description: 'Retrieve a list of leads, with search, filters and sorting',
	fields: [
		...returnAllOrLimit(),
		...listFilterFields('getLeadFilterFields', [
			{
				displayName: 'Lead Number',
				name: 'number',
				type: 'string',
				default: '',
				placeholder: 'e.g. 1000',
				description: 'The number shown in the app (Lead-1000); prefix with > or < for a range',
			},
			dynamicOptions('Pipeline', 'pipeline', 'getPipelines'),
		]),
		sortField(['age', 'closedTime', 'confidence', 'milestone', 'name', 'owner', 'sources', 'value']),
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
		await getAllPages(item, '/leads', 'leads', {
			qs,
			returnAll: limit === undefined,
			limit,
			concurrency,
			map: simple ? simplifyLead : undefined,
		}),
});
