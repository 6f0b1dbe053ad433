import { klassField } from '../../descriptions';
import { param } from '../../params';
import { idParam, listOperation } from '../common';

/** Custom objects of a Klass: all, a customer's or a company's; Updated Since searches `kobject_<klass>`. */
export const { description, execute } = listOperation({
	resource: 'customObject',
	operation: 'getMany',
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
		{ displayName: 'Customer ID', name: 'customerId', type: 'string', required: true, default: '', displayOptions: { show: { scope: ['customer'] } } },
		{ displayName: 'Company ID', name: 'companyId', type: 'string', required: true, default: '', displayOptions: { show: { scope: ['company'] } } },
	],
	build: (context, itemIndex) => {
		const klass = idParam(context, 'klass', 'Custom Object Type', itemIndex);
		const queryContext = `kobject_${decodeURIComponent(klass)}`;
		const scope = param(context, 'scope', itemIndex, 'all');
		if (scope === 'customer' || scope === 'company') {
			const id = idParam(context, `${scope}Id`, scope === 'customer' ? 'Customer ID' : 'Company ID', itemIndex);
			const parent = scope === 'customer' ? 'customers' : 'companies';
			return { path: `/v1/${parent}/${id}/klasses/${klass}`, kind: 'record', queryContext, searchAnd: [{ [`kobject_${scope}`]: { equals: decodeURIComponent(id) } }] };
		}
		return { path: `/v1/klasses/${klass}`, kind: 'record', queryContext };
	},
});
