import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { defineOperation } from '../../../shared/kit';
import type { Item } from '../../../shared/kit';
import { e164Schema, emailSchema, requiredText } from '../../../shared/validate';
import { fieldsCollection } from '../../fields';
import { gladlyRequest, idFromLocation } from '../../transport';
import { customChannelField, messagesPath } from './channelFields';

const fields: INodeProperties[] = [
	customChannelField,
	{
		displayName: 'To',
		name: 'to',
		type: 'string',
		default: '',
		required: true,
		description: "The entry point's Address, as set for the custom channel in Gladly",
	},
	{
		displayName: 'Sender Address',
		name: 'senderAddress',
		type: 'string',
		default: '',
		required: true,
		description:
			"The customer's ID on your channel (e.g. an external user ID): the same for every message of the same customer, so Gladly keeps them on one profile",
	},
	{
		displayName: 'Message Type',
		name: 'messageType',
		type: 'options',
		default: 'TEXT',
		options: [
			{ name: 'Files', value: 'FILES', description: 'Images or other files, by public URL' },
			{ name: 'Text', value: 'TEXT' },
		],
	},
	{
		displayName: 'Text',
		name: 'text',
		type: 'string',
		typeOptions: { rows: 3 },
		default: '',
		required: true,
		description: 'The message the customer sent',
		displayOptions: { show: { messageType: ['TEXT'] } },
	},
	{
		displayName: 'File URLs',
		name: 'fileUrls',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. https://cdn.example.com/photo.jpg',
		description: 'Comma-separated public https URLs Gladly downloads the files from',
		displayOptions: { show: { messageType: ['FILES'] } },
	},
	{
		displayName: 'Caption',
		name: 'caption',
		type: 'string',
		default: '',
		description: 'Text describing the files',
		displayOptions: { show: { messageType: ['FILES'] } },
	},
	fieldsCollection(
		[
			{
				displayName: 'Group ID',
				name: 'groupId',
				type: 'string',
				default: '',
				description:
					'Message group the message belongs to (the channel must be set up for message groups)',
			},
			{
				displayName: 'Group Name',
				name: 'groupName',
				type: 'string',
				default: '',
				description: 'Name of the message group shown to agents, with Group ID',
			},
			{
				displayName: 'Profile Email',
				name: 'profileEmail',
				type: 'string',
				placeholder: 'name@email.com',
				default: '',
				description:
					"On the customer's first message: link the sender to the Gladly profile with this email (a new profile gets it). Not with Profile Phone.",
			},
			{
				displayName: 'Profile Phone',
				name: 'profilePhone',
				type: 'string',
				default: '',
				placeholder: 'e.g. +14155550100',
				description:
					"On the customer's first message: link the sender to the Gladly profile with this phone number (E.164). Not with Profile Email.",
			},
			{
				displayName: 'Sender Display Name',
				name: 'displayName',
				type: 'string',
				default: '',
				description: 'Name shown on the contact details card, e.g. an external user name',
			},
		],
		'additionalFields',
	),
];

function fileList(item: Item): IDataObject[] {
	const urls = item.list('fileUrls');
	if (!urls.length) throw item.fail('File URLs', 'is empty');
	return urls.map((url) => {
		let parsed: URL;
		try {
			parsed = new URL(url);
		} catch {
			throw item.fail('File URLs', `must be URLs, not "${url}"`);
		}
		if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
			throw item.fail('File URLs', `must be http(s) URLs Gladly can download, not "${url}"`);
		return { url };
	});
}

function sender(item: Item, extra: IDataObject): IDataObject {
	const result: IDataObject = {
		address: item.parse('senderAddress', 'Sender Address', requiredText),
	};
	if (extra.displayName) result.displayName = String(extra.displayName);
	if (extra.profileEmail && extra.profilePhone)
		throw item.fail('Profile Email', "cannot be given together with 'Profile Phone'");
	if (extra.profileEmail) {
		const address = emailSchema.safeParse(String(extra.profileEmail));
		if (!address.success) throw item.fail('Profile Email', 'must be a valid email address');
		result.profileIdentifier = { type: 'EMAIL', address: address.data };
	}
	if (extra.profilePhone) {
		const address = e164Schema.safeParse(String(extra.profilePhone));
		if (!address.success)
			throw item.fail(
				'Profile Phone',
				'must be a phone number in E.164 format, such as +14155550100',
			);
		result.profileIdentifier = { type: 'PHONE_NUMBER', address: address.data };
	}
	return result;
}

export const sendMessage = defineOperation('sendMessage', {
	name: 'Send Message',
	action: 'Send a custom channel message to Gladly',
	description:
		'Hand a message your channel (a third-party chat or SMS service) received from a customer to Gladly, which routes it like its own messaging channels',
	fields,
	input: (item) => {
		const extra = item.collection('additionalFields');
		const type = item.choice('messageType', 'Message Type', ['TEXT', 'FILES'], 'TEXT');
		const content: IDataObject =
			type === 'TEXT'
				? { text: item.parse('text', 'Text', requiredText) }
				: {
						files: fileList(item),
						...(item.string('caption', 'Caption')
							? { caption: item.string('caption', 'Caption') }
							: {}),
					};
		if (extra.groupName && !extra.groupId) throw item.fail('Group Name', "needs 'Group ID'");
		return {
			channel: item.id('customChannelId', 'Custom Channel ID'),
			body: {
				sender: sender(item, extra),
				to: item.parse('to', 'To', requiredText),
				type,
				content,
				...(extra.groupId ? { groupId: String(extra.groupId) } : {}),
				...(extra.groupName ? { groupName: String(extra.groupName) } : {}),
			} as IDataObject,
		};
	},
	run: async (item, { channel, body }) => {
		// Not repeated after a broken connection: the customer's message would appear twice.
		const response = await gladlyRequest(item, 'POST', messagesPath(channel.path), { body });
		// 201 with the Location of the conversation item that now holds the message.
		return { id: idFromLocation(response.headers), customChannelId: channel.raw, ...body };
	},
});
