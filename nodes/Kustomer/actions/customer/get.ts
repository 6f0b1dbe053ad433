import type { INodeProperties } from 'n8n-workflow';

import { simplifyField } from '../../../shared/descriptions';
import { RecordId } from '../../../shared/ids';
import { defineOperation } from '../../../shared/kit';
import type { Item } from '../../../shared/kit';
import { customerLocator, outputOptions } from '../../descriptions';
import { shapeOf } from '../../output';
import { sendRecord } from '../common';

const LOOKUPS: Record<string, { label: string; key: string }> = {
	email: { label: 'Email', key: 'email' },
	externalId: { label: 'External ID', key: 'externalId' },
	phone: { label: 'Phone', key: 'phone' },
};

const fields: INodeProperties[] = [
	{
		displayName: 'Get By',
		name: 'by',
		type: 'options',
		noDataExpression: true,
		default: 'id',
		options: [
			{ name: 'Email', value: 'email', description: 'The customer with this email address' },
			{
				name: 'External ID',
				value: 'externalId',
				description: 'The customer with this ID from your own system',
			},
			{ name: 'ID', value: 'id', description: 'A customer picked from the list, by URL or by ID' },
			{ name: 'Phone', value: 'phone', description: 'The customer with this phone number' },
		],
	},
	customerLocator({ displayOptions: { show: { by: ['id'] } } }),
	{
		displayName: 'Value',
		name: 'value',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. jane@example.com',
		description: 'Email address, phone number or external ID to look up',
		displayOptions: { show: { by: ['email', 'externalId', 'phone'] } },
	},
	simplifyField,
	outputOptions(),
];

/** The path of a customer lookup: `/v1/customers/{id}` or `/v1/customers/email=…`. */
function customerPath(item: Item): string {
	const lookup = LOOKUPS[item.string('by', 'Get By', { fallback: 'id' })];
	if (!lookup) return `/v1/customers/${item.id('customerId', 'Customer').path}`;
	const value = RecordId.of(
		item.node,
		item.string('value', lookup.label),
		lookup.label,
		item.index,
	);
	return `/v1/customers/${lookup.key}=${value.path}`;
}

export const get = defineOperation('get', {
	name: 'Get',
	action: 'Get a customer',
	description: 'Retrieve a customer by ID, email, phone or external ID',
	fields,
	input: (item) => ({ path: customerPath(item), shape: shapeOf(item, 'customer') }),
	run: async (item, { path, shape }) => shape(await sendRecord(item, 'GET', path)),
});
