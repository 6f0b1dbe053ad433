import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { idSegment } from '../../../shared/ids';
import { emailSchema, parseWith } from '../../../shared/validate';
import { compact, fieldsCollection, idField, listOf } from '../../descriptions';
import { collection } from '../../params';
import { isoDate } from '../common';

const CHANNEL_NAMES: Record<string, string> = {
	chat: 'Chat',
	email: 'Email',
	facebook: 'Facebook',
	instagram: 'Instagram',
	note: 'Note',
	sms: 'SMS',
	'twitter-dm': 'Twitter DM',
	whatsapp: 'WhatsApp',
};

export const channelField = (description: string): INodeProperties => ({
	displayName: 'Channel',
	name: 'channel',
	type: 'options',
	default: 'email',
	description,
	options: Object.entries(CHANNEL_NAMES).map(([value, name]) => ({ name, value })),
});

export const draftId = idField('draftId', 'Draft ID', 'ID of the draft');

export function draftFields(name: 'additionalFields' | 'updateFields'): INodeProperties {
	return fieldsCollection(name, [
		...(name === 'updateFields' ? [{ displayName: 'Body', name: 'body', type: 'string', typeOptions: { rows: 4 }, default: '' } as INodeProperties] : []),
		{ displayName: 'Conversation ID', name: 'conversation', type: 'string', default: '', description: 'Reply in this conversation (otherwise Kustomer starts a new one)' },
		{ displayName: 'From', name: 'from', type: 'string', default: '', placeholder: 'e.g. support@acme.example', description: 'Sender address or number of the channel' },
		{ displayName: 'Send At', name: 'sendAt', type: 'dateTime', default: '', description: 'When Kustomer sends the draft; a past or current time sends it at once' },
		{ displayName: 'Subject', name: 'subject', type: 'string', default: '', description: 'Email only' },
		{ displayName: 'To', name: 'to', type: 'string', default: '', placeholder: 'e.g. jane@example.com', description: 'Recipient address or number; for email, several comma-separated addresses' },
	]);
}

/** Channel-shaped recipients: email wants objects, the other channels plain strings. */
export function draftBody(context: IExecuteFunctions, itemIndex: number, name: 'additionalFields' | 'updateFields', channel?: string): IDataObject {
	const node = context.getNode();
	const fields = collection(context, name, itemIndex);
	if (fields.sendAt) fields.sendAt = isoDate(node, fields.sendAt, 'Send At', itemIndex);
	if (fields.conversation) fields.conversation = decodeURIComponent(idSegment(node, fields.conversation, 'Conversation ID', itemIndex));
	if (channel === 'email') {
		if (fields.to) fields.to = listOf(fields.to).map((email) => ({ email: parseWith(node, emailSchema, email, 'To', itemIndex) }));
		if (fields.from) fields.from = { email: parseWith(node, emailSchema, String(fields.from), 'From', itemIndex) };
	}
	return compact(fields);
}
