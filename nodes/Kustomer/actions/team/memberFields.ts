import type { INodeProperties } from 'n8n-workflow';

import type { Item } from '../../../shared/kit';
import { outputOptions, teamLocator } from '../../descriptions';
import { shapeOf } from '../../output';
import type { Shape } from '../../output';
import { sendRecord } from '../common';

/** The fields of Add Members and Remove Members. */
export const memberFields: INodeProperties[] = [
	teamLocator(),
	{
		displayName: 'User IDs',
		name: 'userIds',
		type: 'string',
		required: true,
		default: '',
		description: 'Users to add or remove, comma-separated IDs',
	},
	outputOptions(),
];

export interface MembersInput {
	path: string;
	members: string[];
	shape: Shape;
}

export function readMembers(item: Item): MembersInput {
	const path = `/v1/teams/${item.id('teamId', 'Team').path}/members`;
	const members = item.list('userIds');
	if (members.length === 0) throw item.fail('User IDs', 'is empty');
	return { path, members, shape: shapeOf(item, 'record') };
}

/** Adds (POST) or removes (DELETE) members without replacing the list: /v1/teams/{id}/members. */
export async function sendMembers(
	item: Item,
	method: 'POST' | 'DELETE',
	{ path, members, shape }: MembersInput,
) {
	return shape(await sendRecord(item, method, path, { members }));
}
