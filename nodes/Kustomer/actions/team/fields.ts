import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { splitList } from '../../../shared/kit';
import type { Item } from '../../../shared/kit';
import { fieldsCollection } from '../../descriptions';
import { compact } from '../common';

/** Kustomer's limit on a team name. */
export const TEAM_NAME_MAX = 256;

export function teamFields(name: 'additionalFields' | 'updateFields'): INodeProperties {
	return fieldsCollection(name, [
		{ displayName: 'Display Name', name: 'displayName', type: 'string', default: '' },
		...(name === 'additionalFields'
			? ([
					{ displayName: 'External ID', name: 'externalId', type: 'string', default: '' },
				] as INodeProperties[])
			: []),
		{ displayName: 'Icon', name: 'icon', type: 'string', default: '', placeholder: 'e.g. headset' },
		{
			displayName: 'Member User IDs',
			name: 'members',
			type: 'string',
			default: '',
			description:
				name === 'updateFields'
					? 'Replaces the whole member list, comma-separated user IDs (Add Members / Remove Members change it without replacing)'
					: 'Users in the team, comma-separated IDs',
		},
		...(name === 'updateFields'
			? ([{ displayName: 'Name', name: 'name', type: 'string', default: '' }] as INodeProperties[])
			: []),
	]);
}

/** A team body: members split into ids, the name checked against Kustomer's length limit. */
export function teamBody(item: Item, name: 'additionalFields' | 'updateFields'): IDataObject {
	const fields = { ...item.collection(name) };
	if (fields.members !== undefined) fields.members = splitList(fields.members);
	if (typeof fields.name === 'string') fields.name = checkName(item, fields.name);
	return compact(fields);
}

export function checkName(item: Item, name: string): string {
	const trimmed = name.trim();
	if (trimmed.length > TEAM_NAME_MAX)
		throw item.fail(
			'Name',
			`is ${trimmed.length} characters long; Kustomer allows ${TEAM_NAME_MAX}`,
		);
	return trimmed;
}
