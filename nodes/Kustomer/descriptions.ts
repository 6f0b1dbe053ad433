import type { INodeProperties } from 'n8n-workflow';

/** Customer picker: search by name or email, or an id / pasted Kustomer URL. */
export function customerLocator(overrides: Partial<INodeProperties> = {}): INodeProperties {
	return {
		displayName: 'Customer',
		name: 'customerId',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		description: 'The Kustomer customer',
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: 'searchCustomers', searchable: true },
			},
			{
				displayName: 'By URL',
				name: 'url',
				type: 'string',
				placeholder: 'e.g. https://acme.kustomerapp.com/app/customers/5f1e2d3c4b5a69788796a5b4',
				extractValue: { type: 'regex', regex: 'customers/([0-9a-fA-F]{24})' },
				validation: [
					{
						type: 'regex',
						properties: { regex: '.*customers/[0-9a-fA-F]{24}.*', errorMessage: 'Not a Kustomer customer URL' },
					},
				],
			},
			{
				displayName: 'ID',
				name: 'id',
				type: 'string',
				placeholder: 'e.g. 5f1e2d3c4b5a69788796a5b4',
			},
		],
		...overrides,
	};
}
