import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { splitList } from '../../../shared/kit';
import type { Item } from '../../../shared/kit';
import { emailSchema, parseWith } from '../../../shared/validate';
import { fieldsCollection } from '../../descriptions';
import { compact } from '../common';

/** User types a user can be given (machine users come from API keys, not from this call). */
const USER_TYPES = [
	{ name: 'Collaborator', value: 'limited' },
	{ name: 'Hourly', value: 'hourly' },
	{ name: 'User', value: 'user' },
];

export function userFields(name: 'additionalFields' | 'updateFields'): INodeProperties {
	return fieldsCollection(name, [
		{ displayName: 'Display Name', name: 'displayName', type: 'string', default: '' },
		...(name === 'updateFields'
			? ([
					{
						displayName: 'Email',
						name: 'email',
						type: 'string',
						placeholder: 'e.g. ada@acme.example',
						default: '',
					},
				] as INodeProperties[])
			: []),
		{
			displayName: 'Email Signature',
			name: 'emailSignature',
			type: 'string',
			typeOptions: { rows: 3 },
			default: '',
		},
		{ displayName: 'Mobile', name: 'mobile', type: 'string', default: '' },
		...(name === 'updateFields'
			? ([{ displayName: 'Name', name: 'name', type: 'string', default: '' }] as INodeProperties[])
			: []),
		{
			displayName: 'Role Group IDs',
			name: 'roleGroups',
			type: 'string',
			default: '',
			description: 'Role groups (permission sets) of the user, comma-separated IDs',
		},
		{
			displayName: 'Roles',
			name: 'roles',
			type: 'string',
			default: '',
			placeholder: 'e.g. org.user, org.permission.conversation.read',
			description: "Roles of the user, comma-separated; they cannot exceed the API key's own roles",
		},
		{
			displayName: 'User Type',
			name: 'userType',
			type: 'options',
			default: 'user',
			options: USER_TYPES,
		},
	]);
}

/** A user body: lists split, email checked, empty fields left out. */
export function userBody(item: Item, name: 'additionalFields' | 'updateFields'): IDataObject {
	const fields = { ...item.collection(name) };
	for (const key of ['roles', 'roleGroups'])
		if (fields[key] !== undefined) fields[key] = splitList(fields[key]);
	if (fields.email)
		fields.email = parseWith(item.node, emailSchema, String(fields.email), 'Email', item.index);
	return compact(fields);
}
