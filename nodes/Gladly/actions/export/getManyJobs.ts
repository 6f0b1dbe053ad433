import type { IDataObject } from 'n8n-workflow';

import { returnAllOrLimit } from '../../../shared/descriptions';
import { defineOperation } from '../../../shared/kit';
import { isoDateSchema, parseWith } from '../../../shared/validate';
import { fieldsCollection } from '../../fields';
import { getList } from '../../transport';

export const getManyJobs = defineOperation('getManyJobs', {
	name: 'Get Many Jobs',
	action: 'Get many export jobs',
	description: 'Retrieve the export jobs of the last 14 days',
	fields: [
		...returnAllOrLimit(),
		fieldsCollection(
			[
				{
					displayName: 'Updated After',
					name: 'startAt',
					type: 'dateTime',
					default: '',
					description: 'Jobs updated at or after this time (default 14 days ago)',
				},
				{
					displayName: 'Updated Before',
					name: 'endAt',
					type: 'dateTime',
					default: '',
					description: 'Jobs updated at or before this time (default now)',
				},
				{
					displayName: 'Status',
					name: 'status',
					type: 'options',
					default: 'COMPLETED',
					options: [
						{ name: 'Completed', value: 'COMPLETED' },
						{ name: 'Failed', value: 'FAILED' },
						{ name: 'In Progress', value: 'IN_PROGRESS' },
						{ name: 'Pending', value: 'PENDING' },
					],
				},
			],
			'filters',
		),
	],
	input: (item) => {
		const filters = item.collection('filters');
		const qs: IDataObject = {};
		if (filters.status) qs.status = filters.status;
		for (const [name, label] of [
			['startAt', 'Updated After'],
			['endAt', 'Updated Before'],
		]) {
			if (!filters[name]) continue;
			qs[name] = new Date(
				parseWith(item.node, isoDateSchema, String(filters[name]), label, item.index),
			).toISOString();
		}
		return { qs, limit: item.limit() };
	},
	run: async (item, { qs, limit }) => (await getList(item, '/export/jobs', qs)).slice(0, limit),
});
