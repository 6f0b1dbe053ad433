import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { simplifyField } from '../../../shared/descriptions';
import { defineOperation } from '../../../shared/kit';
import { requiredText } from '../../../shared/validate';
import { outputItem } from '../../simplify';
import { getRecord, gladlyRequest, idFromLocation, returnedId } from '../../transport';
import { itemField } from './itemFields';

const fields: INodeProperties[] = [
	{
		...itemField,
		description:
			'The ID of the customer message to answer (e.g. content.messageId of a ' +
			'CONTACT/MESSAGE_RECEIVED event)',
	},
	{
		displayName: 'Channel',
		name: 'type',
		type: 'options',
		default: 'auto',
		description: "The reply's channel; it must be the channel of the message",
		options: [
			{ name: 'Chat', value: 'CHAT_MESSAGE' },
			{ name: 'Email', value: 'EMAIL' },
			{ name: 'Facebook Messenger', value: 'FACEBOOK_MESSAGE' },
			{ name: 'Instagram Direct', value: 'INSTAGRAM_DIRECT' },
			{
				name: 'Same as the Message',
				value: 'auto',
				description: 'Reads the message first to use its channel',
			},
			{ name: 'SMS', value: 'SMS' },
			{ name: 'WhatsApp', value: 'WHATSAPP' },
		],
	},
	{
		displayName: 'Message',
		name: 'body',
		type: 'string',
		typeOptions: { rows: 4 },
		default: '',
		required: true,
		description:
			'The reply. HTML for email; plain text (up to 2048 characters) for chat, SMS and messaging ' +
			'apps.',
	},
	{
		displayName: 'Quick Replies',
		name: 'quickReplies',
		type: 'string',
		default: '',
		placeholder: 'e.g. Yes, No',
		description: 'Chat only: comma-separated answer buttons (1 to 10, up to 50 characters each)',
		displayOptions: { show: { type: ['CHAT_MESSAGE', 'auto'] } },
	},
	simplifyField,
];

export const reply = defineOperation('reply', {
	name: 'Reply',
	action: 'Reply to a message',
	description: 'Send a reply to a customer message on its channel (email, chat, SMS, WhatsApp…)',
	fields,
	input: (item) => {
		const id = item.id('itemId', 'itemId');
		const text = item.parse('body', 'body', requiredText);
		const options = item.list('quickReplies');
		if (options.length > 10 || options.some((label) => label.length > 50)) {
			throw item.fail('Quick Replies', 'allows 1 to 10 answers of up to 50 characters each');
		}
		return {
			id,
			text,
			options,
			type: item.string('type', 'Channel'),
			simple: item.boolean('simple', true),
		};
	},
	run: async (item, { id, text, options, simple, ...input }) => {
		let type = input.type;
		if (type === 'auto') {
			const message = await getRecord(item, `/conversation-items/${id.path}`);
			type = String((message.content as IDataObject | undefined)?.type ?? '');
		}
		// Checked once the channel is known ("Same as the Message" reads it), before the reply is sent.
		if (type !== 'EMAIL' && text.length > 2048) {
			throw item.fail(
				'Message',
				`is ${text.length} characters long; Gladly allows 2048 on ${type}`,
			);
		}
		if (options.length && type !== 'CHAT_MESSAGE') {
			throw item.fail('Quick Replies', `work on chat only, and this message is ${type}`);
		}
		const content: IDataObject = { type, body: text };
		if (type === 'CHAT_MESSAGE') {
			content.messageType = options.length ? 'QUICK_REPLY_REQUEST' : 'TEXT';
			if (options.length)
				content.messageData = {
					options: options.map((label, index) => ({ id: String(index + 1), label })),
				};
		}
		// The reply schema documents no client id, so the POST is not idempotent: it is never repeated
		// after a broken connection (the customer must not get the message twice); the error then says
		// to check Gladly.
		const created = await gladlyRequest(item, 'POST', `/conversation-items/${id.path}/reply`, {
			body: { content },
		});
		const newId = idFromLocation(created.headers);
		if (!newId) return { replied: true, replyTo: id.raw };
		return outputItem(
			await getRecord(item, `/conversation-items/${returnedId(item, newId).path}`),
			simple,
		);
	},
});
