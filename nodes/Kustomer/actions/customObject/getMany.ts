import { defineOperation } from '../../../shared/kit';
import { klassField } from '../../descriptions';
import { listFields, readList, runList } from '../common';

/**
 * Custom objects of a Klass: all, a customer's or a company's; Updated Since searches
 * `kobject_<klass>`.
 */
export const getMany = defineOperation('getMany', {
	name: 'Get Many',
	action: 'Get many custom objects',
	description: 'Retrieve many custom objects of a Klass, of a customer or of a company',
	fields: listFields({
		incremental: true,
		fields: [
			klassField,
			{
				displayName: 'Objects Of',
				name: 'scope',
				type: 'options',
				noDataExpression: true,
				default: 'all',
				options: [
					{ name: 'A Company', value: 'company' },
					{ name: 'A Customer', value: 'customer' },
					{ name: 'All', value: 'all' },
				],
			},
			{
				displayName: 'Customer ID',
				name: 'customerId',
				type: 'string',
				required: true,
				default: '',
				displayOptions: { show: { scope: ['customer'] } },
			},
			{
				displayName: 'Company ID',
				name: 'companyId',
				type: 'string',
				required: true,
				default: '',
				displayOptions: { show: { scope: ['company'] } },
			},
		],
	}),
	input: (item) => {
		const klass = item.id('klass', 'Custom Object Type');
		const queryContext = `kobject_${klass.raw}`;
		const scope = item.string('scope', 'Objects Of', { fallback: 'all' });
		if (scope !== 'customer' && scope !== 'company') {
			return readList(item, { path: `/v1/klasses/${klass.path}`, kind: 'record', queryContext });
		}
		const id = item.id(`${scope}Id`, scope === 'customer' ? 'Customer ID' : 'Company ID');
		const parent = scope === 'customer' ? 'customers' : 'companies';
		return readList(item, {
			path: `/v1/${parent}/${id.path}/klasses/${klass.path}`,
			kind: 'record',
			queryContext,
			searchAnd: [{ [`kobject_${scope}`]: { equals: id.raw } }],
		});
	},
	run: runList,
});
