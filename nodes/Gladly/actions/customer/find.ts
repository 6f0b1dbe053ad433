import type { INodeProperties } from 'n8n-workflow';

import { returnAllOrLimit, simplifyField } from '../../../shared/descriptions';
import { defineOperation } from '../../../shared/kit';
import { e164Schema, emailSchema, requiredText } from '../../../shared/validate';
import { outputCustomer } from '../../simplify';
import { getList } from '../../transport';

const fields: INodeProperties[] = [
	{
		displayName: 'Search By',
		name: 'searchBy',
		type: 'options',
		default: 'email',
		options: [
			{ name: 'Email', value: 'email' },
			{
				name: 'External Customer ID',
				value: 'externalCustomerId',
				description: 'Only for profiles linked to Lookup Adaptors installed before 2021-05-12',
			},
			{ name: 'Phone Number', value: 'phoneNumber' },
		],
	},
	{
		displayName: 'Email',
		name: 'value',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. jane@example.com',
		displayOptions: { show: { searchBy: ['email'] } },
	},
	{
		displayName: 'Phone Number',
		name: 'value',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. +14155550100',
		description: 'In E.164 format: a plus sign, the country code and the number',
		displayOptions: { show: { searchBy: ['phoneNumber'] } },
	},
	{
		displayName: 'External Customer ID',
		name: 'value',
		type: 'string',
		default: '',
		required: true,
		displayOptions: { show: { searchBy: ['externalCustomerId'] } },
	},
	...returnAllOrLimit(50),
	simplifyField,
];

const SCHEMAS = { email: emailSchema, phoneNumber: e164Schema, externalCustomerId: requiredText };

export const find = defineOperation('find', {
	name: 'Find',
	action: 'Find customers',
	description: 'Find up to 50 customers by email, phone number or external ID',
	fields,
	input: (item) => {
		const searchBy = item.choice('searchBy', 'Search By', [
			'email',
			'phoneNumber',
			'externalCustomerId',
		]);
		const value = item.parse('value', 'value', SCHEMAS[searchBy]);
		return { searchBy, value, limit: item.limit(), simple: item.boolean('simple', true) };
	},
	run: async (item, { searchBy, value, limit, simple }) => {
		const records = await getList(item, '/customer-profiles', { [searchBy]: value });
		return records.slice(0, limit).map((record) => outputCustomer(record, simple));
	},
});
