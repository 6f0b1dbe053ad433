import type { IDataObject } from 'n8n-workflow';

import { returnAllOrLimit } from '../../../shared/descriptions';
import { defineOperation } from '../../../shared/kit';
import { listOptions, optionalFields } from '../../descriptions';
import { filterDate } from '../../helpers';
import { DEFAULT_CONCURRENCY, getAllPages } from '../../transport';
import { assignee, assigneeField, relatedEntity, relatedField } from './fields';

export const getMany = defineOperation('getMany', {
	name: 'Get Many',
	action: 'Get many tasks',
	description: 'Retrieve tasks by assignee, related record and due date',
	fields: [
		...returnAllOrLimit(),
		optionalFields('Filters', 'filters', 'Add Filter', [
			assigneeField(),
			{
				displayName: 'Due After',
				name: 'dateMin',
				type: 'dateTime',
				default: '',
				description: 'Earliest due day to include',
			},
			{
				displayName: 'Due Before',
				name: 'dateMax',
				type: 'dateTime',
				default: '',
				description: 'Latest due day to include',
			},
			relatedField,
			{
				displayName: 'Search Text',
				name: 'q',
				type: 'string',
				default: '',
				description: 'Free-text search',
			},
		]),
		listOptions,
	],
	input: (item) => {
		const { node, index } = item;
		const filters = item.collection('filters');
		const qs: IDataObject = {};
		if (filters.q) qs.q = filters.q;
		const user = assignee(item, filters);
		if (user) qs['filter[assignee]'] = user;
		if (filters.relatedEntity)
			qs['filter[relatedEntity]'] = relatedEntity(item, filters.relatedEntity);
		if (filters.dateMin)
			qs['filter[dateMin]'] = filterDate(node, filters.dateMin, 'Due After', index, 'day');
		if (filters.dateMax)
			qs['filter[dateMax]'] = filterDate(node, filters.dateMax, 'Due Before', index, 'day');
		return { qs, limit: item.limit(), concurrency: item.concurrency(DEFAULT_CONCURRENCY) };
	},
	run: async (item, { qs, limit, concurrency }) =>
		await getAllPages(item, '/tasks', 'tasks', {
			qs,
			returnAll: limit === undefined,
			limit,
			concurrency,
		}),
});
