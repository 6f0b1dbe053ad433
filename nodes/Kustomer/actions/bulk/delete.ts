import { defineOperation } from '../../../shared/kit';
import { RecordId } from '../../../shared/ids';
import { klassField, outputOptions } from '../../descriptions';
import { shapeOf } from '../../output';
import { dataOf, kustomerRequest } from '../../transport';
import { BULK_MAX_RECORDS } from './records';

/** The bulk delete endpoints Kustomer documents: customers and custom objects of one Klass. */
const DELETE_TYPES = ['customer', 'customObject'] as const;

/**
 * Deletes many customers or custom objects: DELETE /v1/customers/bulk?ids=… or
 * /v1/klasses/{name}/bulk?ids=…, at most 100 ids per request; one bulk job per request.
 */
export const remove = defineOperation('delete', {
	name: 'Delete',
	action: 'Delete records in bulk',
	description:
		'Delete many customers or custom objects by ID with Kustomer bulk endpoints; returns the bulk jobs',
	fields: [
		{
			displayName: 'Object Type',
			name: 'objectType',
			type: 'options',
			default: 'customer',
			options: [
				{ name: 'Custom Object', value: 'customObject' },
				{ name: 'Customer', value: 'customer' },
			],
		},
		{ ...klassField, displayOptions: { show: { objectType: ['customObject'] } } },
		{
			displayName: 'IDs',
			name: 'ids',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. 5f1e2d3c4b5a69788796a5b4, 5f1e2d3c4b5a69788796a5b5',
			description: 'IDs of the records to delete, comma-separated (or a list from an expression)',
		},
		outputOptions(),
	],
	input: (item) => {
		const type = item.choice('objectType', 'Object Type', DELETE_TYPES, 'customer');
		const path =
			type === 'customObject'
				? `/v1/klasses/${item.id('klass', 'Custom Object Type').path}/bulk`
				: '/v1/customers/bulk';
		const ids = item.list('ids').map((id) => RecordId.of(item.node, id, 'IDs', item.index).raw);
		if (ids.length === 0) throw item.fail('IDs', 'is empty: give at least one ID');
		return { path, ids: [...new Set(ids)], shape: shapeOf(item, 'record') };
	},
	run: async (item, { path, ids, shape }) => {
		const jobs = [];
		for (let start = 0; start < ids.length; start += BULK_MAX_RECORDS) {
			const batch = ids.slice(start, start + BULK_MAX_RECORDS).join(',');
			const response = await kustomerRequest(item, 'DELETE', path, { qs: { ids: batch } });
			jobs.push(shape(dataOf(response.body)));
		}
		return jobs;
	},
});
