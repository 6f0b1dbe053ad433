import type { IDataObject } from 'n8n-workflow';

import { defineOperation } from '../../../shared/kit';
import { getAllPages } from '../../transport';

const KINDS = [
	{ plural: 'leads', entityType: 'lead' },
	{ plural: 'contacts', entityType: 'person' },
	{ plural: 'accounts', entityType: 'company' },
] as const;

/** Free text: REST `q` on leads, people and companies (one request each). */
export const byText = defineOperation('byText', {
	name: 'Find by Text',
	action: 'Find records by text',
	description: 'Find leads, people and companies matching a text',
	fields: [
		{
			displayName: 'Text',
			name: 'text',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. Acme',
			description: 'Text to look for in names and related information',
		},
		{
			displayName: 'Limit per Type',
			name: 'limitPerType',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: 1000 },
			default: 25,
			description: 'Max number of results to return for each kind of record',
		},
	],
	input: (item) => ({
		text: item.string('text', 'Text', { required: true }),
		limit: item.raw<number>('limitPerType', 25),
	}),
	run: async (item, { text, limit }) => {
		const results: IDataObject[] = [];
		for (const kind of KINDS) {
			const records = await getAllPages(item, `/${kind.plural}`, kind.plural, {
				qs: { q: text },
				returnAll: false,
				limit,
			});
			results.push(...records.map((record) => ({ entityType: kind.entityType, ...record })));
		}
		return results;
	},
});
