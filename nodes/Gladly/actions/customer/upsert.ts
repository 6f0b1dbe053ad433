import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { simplifyField } from '../../../shared/descriptions';
import { defineOperation } from '../../../shared/kit';
import { e164Schema, emailSchema } from '../../../shared/validate';
import { fieldsCollection } from '../../fields';
import { outputCustomer } from '../../simplify';
import { createWithId, getList, gladlyRequest, returnedId } from '../../transport';
import { REPLACE_NOTE, fetchCustomer, profileBody, profileFields } from './profile';

const fields: INodeProperties[] = [
	{
		displayName: 'Match By',
		name: 'matchBy',
		type: 'options',
		default: 'email',
		description:
			'How to find an existing profile; when none matches, a new one is created with this value',
		options: [
			{ name: 'Email', value: 'email' },
			{ name: 'Phone Number', value: 'phoneNumber' },
		],
	},
	{
		displayName: 'Email',
		name: 'email',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. jane@example.com',
		displayOptions: { show: { matchBy: ['email'] } },
	},
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
	fieldsCollection(
		profileFields(`${REPLACE_NOTE} The matched value is always kept.`),
		'additionalFields',
	),
	simplifyField,
];

/** Puts the matched email or phone first in the list it belongs to, without duplicates. */
function withMatch(body: IDataObject, matchBy: string, value: string): IDataObject {
	const key = matchBy === 'email' ? 'emails' : 'phones';
	const list = (body[key] as IDataObject[] | undefined) ?? [];
	const same = (entry: IDataObject) => String(entry.original).toLowerCase() === value.toLowerCase();
	const matched =
		list.find(same) ??
		(matchBy === 'email' ? { original: value } : { original: value, type: 'MOBILE' });
	const rest = list.filter((entry) => !same(entry));
	return {
		...body,
		[key]: [matched, ...rest].map((entry, index) => ({ ...entry, primary: index === 0 })),
	};
}

export const upsert = defineOperation('upsert', {
	name: 'Create or Update',
	action: 'Create or update a customer',
	description: 'Create a new record, or update the current one if it already exists (upsert)',
	fields,
	input: (item) => {
		const matchBy = item.choice('matchBy', 'Match By', ['email', 'phoneNumber']);
		const value =
			matchBy === 'email'
				? item.parse('email', 'email', emailSchema)
				: item.parse('phoneNumber', 'phoneNumber', e164Schema);
		return {
			matchBy,
			value,
			body: profileBody(item, 'additionalFields'),
			simple: item.boolean('simple', true),
		};
	},
	run: async (item, { matchBy, value, body, simple }) => {
		const existing = (await getList(item, '/customer-profiles', { [matchBy]: value }))[0];
		if (existing?.id) {
			const id = returnedId(item, String(existing.id));
			const patch = body[matchBy === 'email' ? 'emails' : 'phones']
				? withMatch(body, matchBy, value)
				: body;
			if (!Object.keys(patch).length) return outputCustomer(existing, simple);
			await gladlyRequest(item, 'PATCH', `/customer-profiles/${id.path}`, {
				body: patch,
				idempotent: true,
			});
			return outputCustomer(await fetchCustomer(item, id), simple);
		}
		const created = await createWithId(item, '/customer-profiles', withMatch(body, matchBy, value));
		return outputCustomer(await fetchCustomer(item, created.id), simple);
	},
});
