import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { returnAllOrLimit, simplifyField } from '../../../shared/descriptions';
import { toItems } from '../../../shared/router';
import { e164Schema, emailSchema, stringParameter } from '../../../shared/validate';
import { operation } from '../../descriptions';
import { outputCustomer } from '../../simplify';
import { gladlyRequest } from '../../transport';

const properties: INodeProperties[] = [
	{
		displayName: 'Search By',
		name: 'searchBy',
		type: 'options',
		default: 'email',
		options: [
			{ name: 'Email', value: 'email' },
			{ name: 'External Customer ID', value: 'externalCustomerId', description: 'Only for profiles linked to Lookup Adaptors installed before 2021-05-12' },
			{ name: 'Phone Number', value: 'phoneNumber' },
		],
	},
	{ displayName: 'Email', name: 'value', type: 'string', default: '', required: true, placeholder: 'e.g. jane@example.com', displayOptions: { show: { searchBy: ['email'] } } },
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
	{ displayName: 'External Customer ID', name: 'value', type: 'string', default: '', required: true, displayOptions: { show: { searchBy: ['externalCustomerId'] } } },
	...returnAllOrLimit(50),
	simplifyField,
];

const SCHEMAS = { email: emailSchema, phoneNumber: e164Schema };

export const find = operation('customer', 'find', properties, async function (itemIndex) {
	const searchBy = this.getNodeParameter('searchBy', itemIndex) as 'email' | 'phoneNumber' | 'externalCustomerId';
	const value = stringParameter(this, 'value', itemIndex, searchBy === 'externalCustomerId' ? undefined : SCHEMAS[searchBy]);
	const returnAll = this.getNodeParameter('returnAll', itemIndex, false) as boolean;
	const limit = this.getNodeParameter('limit', itemIndex, 50) as number;
	const response = await gladlyRequest.call(this, 'GET', '/customer-profiles', { qs: { [searchBy]: value }, itemIndex });
	const records = (Array.isArray(response.body) ? response.body : []) as IDataObject[];
	const simple = this.getNodeParameter('simple', itemIndex, true) as boolean;
	return toItems((returnAll ? records : records.slice(0, limit)).map((record) => outputCustomer(record, simple)), itemIndex);
});
