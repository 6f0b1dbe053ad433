import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { RecordId } from '../../../shared/ids';
import { splitList } from '../../../shared/kit';
import type { Item } from '../../../shared/kit';
import { emailSchema, parseWith } from '../../../shared/validate';
import { fieldsCollection, idField } from '../../descriptions';
import type { AttachmentParent } from '../attachments';
import { compact, isoDate } from '../common';

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

/** Draft attachments: /v1/drafts/{id}/attachments. */
export const draftParent: AttachmentParent = { segment: 'drafts', field: draftId, key: 'draft' };

export function draftFields(name: 'additionalFields' | 'updateFields'): INodeProperties {
	return fieldsCollection(name, [
		...(name === 'updateFields'
			? [
					{
						displayName: 'Body',
						name: 'body',
						type: 'string',
						typeOptions: { rows: 4 },
						default: '',
					} as INodeProperties,
				]
			: []),
		{
			displayName: 'Conversation ID',
			name: 'conversation',
			type: 'string',
			default: '',
			description: 'Reply in this conversation (otherwise Kustomer starts a new one)',
		},
		{
			displayName: 'From',
			name: 'from',
			type: 'string',
			default: '',
			placeholder: 'e.g. support@acme.example',
			description: 'Sender address or number of the channel',
		},
		{
			displayName: 'Send At',
			name: 'sendAt',
			type: 'dateTime',
			default: '',
			description: 'When Kustomer sends the draft; a past or current time sends it at once',
		},
		{
			displayName: 'Subject',
			name: 'subject',
			type: 'string',
			default: '',
			description: 'Email only',
		},
		{
			displayName: 'To',
			name: 'to',
			type: 'string',
			default: '',
			placeholder: 'e.g. jane@example.com',
			description: 'Recipient address or number; for email, several comma-separated addresses',
		},
	]);
}

/** Channel-shaped recipients: email wants objects, the other channels plain strings. */
export function draftBody(
	item: Item,
	name: 'additionalFields' | 'updateFields',
	channel?: string,
): IDataObject {
	const { node, index } = item;
	const fields = { ...item.collection(name) };
	if (fields.sendAt) fields.sendAt = isoDate(item, fields.sendAt, 'Send At');
	if (fields.conversation) {
		fields.conversation = RecordId.of(node, fields.conversation, 'Conversation ID', index).raw;
	}
	if (channel === 'email') {
		const email = (value: unknown, label: string) =>
			parseWith(node, emailSchema, String(value), label, index);
		if (fields.to) fields.to = splitList(fields.to).map((to) => ({ email: email(to, 'To') }));
		if (fields.from) fields.from = { email: email(fields.from, 'From') };
	}
	return compact(fields);
}
