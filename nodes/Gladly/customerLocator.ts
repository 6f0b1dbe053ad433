/**
 * The customer an operation works on: the Customer locator (by ID, by email, or picked from a
 * search) and "Customer Identified By" (a customer, or an email / mobile phone that Gladly finds or
 * creates). `input` reads them without sending anything; `run` resolves an email to a profile.
 */
import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { inputError } from '../shared/errors';
import type { RecordId } from '../shared/ids';
import type { Item } from '../shared/kit';
import { e164Schema, emailSchema, parseWith } from '../shared/validate';
import { getList, returnedId } from './transport';

/** Customer: by ID, by email (looked up), or picked from a search by email or phone. */
export function customerLocator(overrides: Partial<INodeProperties> = {}): INodeProperties {
	return {
		displayName: 'Customer',
		name: 'customerId',
		type: 'resourceLocator',
		default: { mode: 'id', value: '' },
		required: true,
		description: 'The Gladly customer profile, by ID or by email address',
		modes: [
			{ displayName: 'ID', name: 'id', type: 'string', placeholder: 'e.g. pOVVdzweSumI4bFxjlT8LA' },
			{
				displayName: 'By Email',
				name: 'email',
				type: 'string',
				placeholder: 'e.g. jane@example.com',
				validation: [
					{
						type: 'regex',
						properties: {
							regex: '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$',
							errorMessage: 'Not an email address',
						},
					},
				],
			},
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: {
					searchListMethod: 'searchCustomers',
					searchable: true,
					searchFilterRequired: true,
				},
			},
		],
		...overrides,
	};
}

/** A customer as the locator gives it: an ID, or an email to look up. */
export type CustomerRef = { id: RecordId } | { email: string };

export function readCustomer(item: Item, name = 'customerId'): CustomerRef {
	const { mode, value } = item.locator(name);
	if (mode !== 'email') return { id: item.id(name, 'Customer') };
	return { email: parseWith(item.node, emailSchema, value, 'Customer', item.index) };
}

/** The customer's ID; an email is looked up (the newest profile with it wins). */
export async function customerId(item: Item, customer: CustomerRef): Promise<RecordId> {
	if ('id' in customer) return customer.id;
	const found = (await getList(item, '/customer-profiles', { email: customer.email }))[0];
	if (!found?.id) {
		throw inputError(
			item.node,
			'Customer',
			`matches no Gladly customer with the email ${customer.email}`,
			item.index,
			'Create the customer first, or use Customer › Create or Update.',
		);
	}
	return returnedId(item, String(found.id));
}

/** "Customer Identified By" and its three fields. */
export function customerIdentityFields(): INodeProperties[] {
	return [
		{
			displayName: 'Customer Identified By',
			name: 'identifyBy',
			type: 'options',
			default: 'id',
			description: 'How to find the customer; by email or phone, a missing customer is created',
			options: [
				{ name: 'Customer', value: 'id' },
				{ name: 'Email', value: 'emailAddress' },
				{ name: 'Mobile Phone', value: 'mobilePhone' },
			],
		},
		customerLocator({ displayOptions: { show: { identifyBy: ['id'] } } }),
		{
			displayName: 'Email',
			name: 'emailAddress',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. jane@example.com',
			displayOptions: { show: { identifyBy: ['emailAddress'] } },
		},
		{
			displayName: 'Mobile Phone',
			name: 'mobilePhone',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. +14155550100',
			displayOptions: { show: { identifyBy: ['mobilePhone'] } },
		},
	];
}

/** A known customer, or `{emailAddress}` / `{mobilePhone}` for Gladly to find or create. */
export type CustomerIdentity = { customer: CustomerRef } | { identity: IDataObject };

export function readCustomerIdentity(item: Item): CustomerIdentity {
	const by = item.choice('identifyBy', 'Customer Identified By', [
		'id',
		'emailAddress',
		'mobilePhone',
	]);
	if (by === 'id') return { customer: readCustomer(item) };
	return {
		identity: { [by]: item.parse(by, by, by === 'emailAddress' ? emailSchema : e164Schema) },
	};
}

/**
 * Where a create for a customer goes: `/customers/{id}/<suffix>` for a known customer, else
 * `fallbackPath` with `customer: {emailAddress|mobilePhone}` in the body.
 */
export async function customerTarget(
	item: Item,
	target: CustomerIdentity,
	suffix: string,
	fallbackPath: string,
): Promise<{ path: string; customer?: IDataObject }> {
	if ('identity' in target) return { path: fallbackPath, customer: target.identity };
	return { path: `/customers/${(await customerId(item, target.customer)).path}/${suffix}` };
}
