import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { simplifyField } from '../../../shared/descriptions';
import { inputError } from '../../../shared/errors';
import { toItems } from '../../../shared/router';
import { stringParameter } from '../../../shared/validate';
import { idParam, operation } from '../../descriptions';
import { outputItem } from '../../simplify';
import { gladlyRequest, idFromLocation } from '../../transport';
import { itemField } from './fields';

const properties: INodeProperties[] = [
	{ ...itemField, description: 'The ID of the customer message to answer (e.g. content.messageId of a CONTACT/MESSAGE_RECEIVED event)' },
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
			{ name: 'Same as the Message', value: 'auto', description: 'Reads the message first to use its channel' },
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
		description: 'The reply. HTML for email; plain text (up to 2048 characters) for chat, SMS and messaging apps.',
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

export const reply = operation('conversationItem', 'reply', properties, async function (itemIndex) {
	const node = this.getNode();
	const id = idParam(this, 'itemId', itemIndex);
	const text = stringParameter(this, 'body', itemIndex);
	const options = String(this.getNodeParameter('quickReplies', itemIndex, '') ?? '').split(',').map((label) => label.trim()).filter(Boolean);
	if (options.length > 10 || options.some((label) => label.length > 50)) throw inputError(node, 'Quick Replies', 'allows 1 to 10 answers of up to 50 characters each', itemIndex);
	let type = this.getNodeParameter('type', itemIndex) as string;
	if (type === 'auto') {
		const message = (await gladlyRequest.call(this, 'GET', `/conversation-items/${id}`, { itemIndex })).body as IDataObject;
		type = String((message.content as IDataObject | undefined)?.type ?? '');
	}
	if (type !== 'EMAIL' && text.length > 2048) throw inputError(node, 'Message', `is ${text.length} characters long; Gladly allows 2048 on ${type}`, itemIndex);
	if (options.length && type !== 'CHAT_MESSAGE') throw inputError(node, 'Quick Replies', `work on chat only, and this message is ${type}`, itemIndex);
	const content: IDataObject = { type, body: text };
	if (type === 'CHAT_MESSAGE') {
		content.messageType = options.length ? 'QUICK_REPLY_REQUEST' : 'TEXT';
		if (options.length) content.messageData = { options: options.map((label, index) => ({ id: String(index + 1), label })) };
	}
	// The reply schema documents no client id, so the POST is not idempotent: it is never repeated after a
	// broken connection (the customer must not get the message twice); the error then says to check Gladly.
	const created = await gladlyRequest.call(this, 'POST', `/conversation-items/${id}/reply`, { body: { content }, itemIndex });
	const newId = idFromLocation(created.headers);
	if (!newId) return toItems({ replied: true, replyTo: decodeURIComponent(id) }, itemIndex);
	const item = await gladlyRequest.call(this, 'GET', `/conversation-items/${encodeURIComponent(newId)}`, { itemIndex });
	return toItems(outputItem(item.body as IDataObject, this.getNodeParameter('simple', itemIndex, true) as boolean), itemIndex);
});
