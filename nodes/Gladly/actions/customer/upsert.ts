import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { simplifyField } from '../../../shared/descriptions';
import { toItems } from '../../../shared/router';
import { e164Schema, emailSchema, stringParameter } from '../../../shared/validate';
import { fieldsCollection, operation } from '../../descriptions';
import { outputCustomer } from '../../simplify';
import { createWithId, gladlyRequest } from '../../transport';
import { REPLACE_NOTE, profileBody, profileFields } from './fields';
import { fetchCustomer } from './fetch';

const properties: INodeProperties[] = [
	{
		displayName: 'Match By',
		name: 'matchBy',
		type: 'options',
		default: 'email',
		description: 'How to find an existing profile; when none matches, a new one is created with this value',
		options: [
			{ name: 'Email', value: 'email' },
			{ name: 'Phone Number', value: 'phoneNumber' },
		],
	},
	{ displayName: 'Email', name: 'email', type: 'string', default: '', required: true, placeholder: 'e.g. jane@example.com', displayOptions: { show: { matchBy: ['email'] } } },
	{
		displayName: 'Phone Number',
		name: 'phoneNumber',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. +14155550100',
		description: 'Mobile number in E.164 format',
		displayOptions: { show: { matchBy: ['phoneNumber'] } },
	},
	fieldsCollection(profileFields(`${REPLACE_NOTE} The matched value is always kept.`), 'additionalFields'),
	simplifyField,
];

/** Puts the matched email or phone first in the list it belongs to, without duplicates. */
function withMatch(body: IDataObject, matchBy: string, value: string): IDataObject {
	const key = matchBy === 'email' ? 'emails' : 'phones';
	const list = (body[key] as IDataObject[] | undefined) ?? [];
	const same = (entry: IDataObject) => String(entry.original).toLowerCase() === value.toLowerCase();
	const matched = list.find(same) ?? (matchBy === 'email' ? { original: value } : { original: value, type: 'MOBILE' });
	const rest = list.filter((entry) => !same(entry));
	return { ...body, [key]: [matched, ...rest].map((entry, index) => ({ ...entry, primary: index === 0 })) };
}

export const upsert = operation('customer', 'upsert', properties, async function (itemIndex) {
	const matchBy = this.getNodeParameter('matchBy', itemIndex) as 'email' | 'phoneNumber';
	const value = matchBy === 'email' ? stringParameter(this, 'email', itemIndex, emailSchema) : stringParameter(this, 'phoneNumber', itemIndex, e164Schema);
	const body = profileBody(this, 'additionalFields', itemIndex);
	const simple = this.getNodeParameter('simple', itemIndex, true) as boolean;

	const found = await gladlyRequest.call(this, 'GET', '/customer-profiles', { qs: { [matchBy]: value }, itemIndex });
	const existing = (Array.isArray(found.body) ? found.body : [])[0] as IDataObject | undefined;
	if (existing?.id) {
		const id = encodeURIComponent(String(existing.id));
		const listKey = matchBy === 'email' ? 'emails' : 'phones';
		const patch = body[listKey] ? withMatch(body, matchBy, value) : body;
		if (!Object.keys(patch).length) return toItems(outputCustomer(existing, simple), itemIndex);
		await gladlyRequest.call(this, 'PATCH', `/customer-profiles/${id}`, { body: patch, itemIndex, idempotent: true });
		return toItems(outputCustomer(await fetchCustomer(this, id, itemIndex), simple), itemIndex);
	}
	const created = await createWithId.call(this, '/customer-profiles', withMatch(body, matchBy, value), itemIndex);
	return toItems(outputCustomer(await fetchCustomer(this, encodeURIComponent(created.id), itemIndex), simple), itemIndex);
});
