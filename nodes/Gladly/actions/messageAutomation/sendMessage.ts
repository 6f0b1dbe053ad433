import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { defineOperation } from '../../../shared/kit';
import type { Item } from '../../../shared/kit';
import { gladlyRequest } from '../../transport';
import { readSession, sessionField, sessionPath } from './sessionFields';

const TYPES = ['TEXT', 'HTML', 'MENU'] as const;

const fields: INodeProperties[] = [
	sessionField,
	{
		displayName: 'Message Type',
		name: 'messageType',
		type: 'options',
		default: 'TEXT',
		options: [
			{
				name: 'HTML',
				value: 'HTML',
				description: 'Links, lists and basic formatting; other tags are stripped',
			},
			{ name: 'Menu', value: 'MENU', description: 'A prompt with up to 10 buttons' },
			{ name: 'Text', value: 'TEXT' },
		],
	},
	{
		displayName: 'Message',
		name: 'value',
		type: 'string',
		typeOptions: { rows: 3 },
		default: '',
		required: true,
		description: 'What the bot says (up to 2048 characters)',
		displayOptions: { show: { messageType: ['TEXT', 'HTML'] } },
	},
	{
		displayName: 'Prompt',
		name: 'prompt',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. What can we help you with?',
		description: 'Text shown above the buttons (up to 50 characters)',
		displayOptions: { show: { messageType: ['MENU'] } },
	},
	{
		displayName: 'Menu Items',
		name: 'menuItems',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		default: {},
		placeholder: 'Add Menu Item',
		description:
			"1 to 10 buttons; the customer's choice comes back as their next message (AUTOMATION/MESSAGE_RECEIVED)",
		displayOptions: { show: { messageType: ['MENU'] } },
		options: [
			{
				displayName: 'Item',
				name: 'item',
				values: [
					{
						displayName: 'ID',
						name: 'id',
						type: 'string',
						default: '',
						description: 'Letters, digits, - and _ only, up to 50 characters, unique in the menu',
					},
					{
						displayName: 'Label',
						name: 'label',
						type: 'string',
						default: '',
						description: 'Button text (up to 256 characters)',
					},
				],
			},
		],
	},
];

function text(item: Item, name: string, label: string, max: number): string {
	const value = item.string(name, label, { required: true });
	if (value.length > max)
		throw item.fail(label, `must be at most ${max} characters, not ${value.length}`);
	return value;
}

function menuItems(item: Item): IDataObject[] {
	const raw = item.collection<{ item?: IDataObject[] }>('menuItems').item ?? [];
	if (raw.length < 1 || raw.length > 10)
		throw item.fail('Menu Items', `needs 1 to 10 items, not ${raw.length}`);
	const seen = new Set<string>();
	return raw.map((entry, index) => {
		const id = String(entry.id ?? '').trim();
		const label = String(entry.label ?? '').trim();
		if (!/^[A-Za-z0-9_-]{1,50}$/.test(id))
			throw item.fail(
				'Menu Items',
				`item ${index + 1}: ID must be 1 to 50 letters, digits, - or _`,
			);
		if (seen.has(id)) throw item.fail('Menu Items', `item ${index + 1}: ID "${id}" is used twice`);
		seen.add(id);
		if (!label || label.length > 256)
			throw item.fail('Menu Items', `item ${index + 1}: Label must be 1 to 256 characters`);
		return { id, label };
	});
}

export const sendMessage = defineOperation('sendMessage', {
	name: 'Send Message',
	action: 'Send a bot message in an automation session',
	description:
		'Answer the customer as the bot (text, HTML or a menu of buttons), in an automation session your workflow runs',
	fields,
	input: (item) => {
		const type = item.choice('messageType', 'Message Type', TYPES, 'TEXT');
		const content: IDataObject =
			type === 'MENU'
				? { prompt: text(item, 'prompt', 'Prompt', 50), menuItems: menuItems(item) }
				: { value: text(item, 'value', 'Message', 2048) };
		return { ...readSession(item), body: { type, content } as IDataObject };
	},
	// Not repeated after a broken connection: the customer would see the message twice.
	run: async (item, { session, body }) =>
		(await gladlyRequest<IDataObject>(item, 'POST', `${sessionPath(session)}/messages`, { body }))
			.body,
});
