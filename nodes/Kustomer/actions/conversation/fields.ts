import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { splitList } from '../../../shared/kit';
import type { Item } from '../../../shared/kit';
import { readCustomAttributes } from '../../custom';
import { fieldsCollection, tagsField } from '../../descriptions';
import { compact } from '../common';

const STATUS: INodeProperties = {
	displayName: 'Status',
	name: 'status',
	type: 'options',
	default: 'open',
	options: [
		{ name: 'Done', value: 'done' },
		{ name: 'Open', value: 'open' },
		{ name: 'Snoozed', value: 'snoozed' },
	],
};

const DIRECTION: INodeProperties = {
	displayName: 'Direction',
	name: 'direction',
	type: 'options',
	default: 'in',
	options: [
		{ name: 'Inbound', value: 'in' },
		{ name: 'Outbound', value: 'out' },
	],
};

/** Conversation attributes shared by Create and Update. */
export function conversationFields(name: 'additionalFields' | 'updateFields'): INodeProperties {
	return fieldsCollection(name, [
		{
			displayName: 'Assigned Team IDs',
			name: 'assignedTeams',
			type: 'string',
			default: '',
			description: 'Team IDs, comma-separated (replaces the current assignment)',
		},
		{
			displayName: 'Assigned User IDs',
			name: 'assignedUsers',
			type: 'string',
			default: '',
			description: 'User IDs, comma-separated (replaces the current assignment)',
		},
		{
			displayName: 'Default Language',
			name: 'defaultLang',
			type: 'string',
			default: '',
			placeholder: 'e.g. en_us',
		},
		...(name === 'additionalFields' ? [DIRECTION] : []),
		{
			displayName: 'External ID',
			name: 'externalId',
			type: 'string',
			default: '',
			description: 'The conversation ID in your own system',
		},
		{
			displayName: 'Name',
			name: 'name',
			type: 'string',
			default: '',
			description: 'Subject of the conversation',
		},
		{
			displayName: 'Priority',
			name: 'priority',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: 5 },
			default: 3,
			description: 'From 1 (lowest) to 5 (highest)',
		},
		{
			displayName: 'Queue Name or ID',
			name: 'queue',
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getQueues' },
			default: '',
			description:
				'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
		},
		STATUS,
		tagsField(),
	]);
}

/** The flat conversation body from a fields collection plus Custom Attributes. */
export async function conversationBody(
	item: Item,
	name: 'additionalFields' | 'updateFields',
): Promise<IDataObject> {
	const fields = { ...item.collection(name) };
	for (const key of ['assignedUsers', 'assignedTeams'] as const) {
		if (fields[key] !== undefined) fields[key] = splitList(fields[key]);
	}
	if (fields.queue) fields.queue = { id: String(fields.queue) };
	const body = compact(fields);
	const custom = await readCustomAttributes(item, 'conversation');
	if (custom) body.custom = custom;
	return body;
}
