import type { IDataObject } from 'n8n-workflow';

import { returnAllOrLimit } from '../../../shared/descriptions';
import { defineOperation } from '../../../shared/kit';
import { nutshellRequest, recordsOf } from '../../transport';
import { ENTITY_TYPES, entityOptions } from './entityTypes';

export const getDeleted = defineOperation('getDeleted', {
	name: 'Get Many Deleted',
	action: 'Get many deleted records',
	description: 'List deletions from the change log',
	fields: [
		{
			displayName: 'Entity Type',
			name: 'entityType',
			type: 'options',
			default: '',
			options: [{ name: 'All', value: '' }, ...entityOptions],
			description: 'Only deletions of this kind of record',
		},
		{
			displayName: 'Newest First',
			name: 'newestFirst',
			type: 'boolean',
			default: true,
			description: 'Whether to list the most recent deletions first',
		},
		...returnAllOrLimit(),
	],
	input: (item) => {
		const limit = item.limit();
		const type = String(item.raw<unknown>('entityType', ''));
		if (type && !ENTITY_TYPES.includes(type))
			throw item.fail('Entity Type', `"${type}" is not one of ${ENTITY_TYPES.join(', ')}`);
		const qs: IDataObject = {};
		if (type) qs['filter[types]'] = type;
		if (item.raw<unknown>('newestFirst', true)) qs.sort = '-change_time';
		return { limit, qs };
	},
	run: async (item, { limit, qs }) => {
		const response = await nutshellRequest(item, 'GET', '/events/deleted', { qs });
		return recordsOf(response.body, 'events').slice(0, limit);
	},
});
