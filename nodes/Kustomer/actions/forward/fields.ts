import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { Item } from '../../../shared/kit';
import { splitList } from '../../../shared/kit';
import { emailSchema, parseWith } from '../../../shared/validate';
import { fieldsCollection, idField } from '../../descriptions';
import type { AttachmentParent } from '../attachments';
import { compact, isoDate } from '../common';

export const forwardId = idField(
	'forwardId',
	'Forward ID',
	'ID of the forward (a forwarded copy of a conversation)',
);
/** Forward attachments: /v1/forwards/{id}/attachments. */
export const forwardParent: AttachmentParent = {
	segment: 'forwards',
	field: forwardId,
	key: 'forward',
};
export const forwardPath = (item: Item) =>
	`/v1/forwards/${item.id('forwardId', 'Forward ID').path}`;

/** The To field of a forward: email addresses, comma-separated. */
export const toField = (required: boolean): INodeProperties => ({
	displayName: 'To',
	name: 'to',
	type: 'string',
	required,
	default: '',
	placeholder: 'e.g. billing@acme.example, lead@acme.example',
	description: 'Email addresses to forward the conversation to, comma-separated',
});

/** The fields a forward takes besides To (Kustomer forwards by email only). */
export function forwardFields(name: 'additionalFields' | 'updateFields'): INodeProperties {
	return fieldsCollection(name, [
		{
			displayName: 'App',
			name: 'app',
			type: 'options',
			default: 'postmark',
			description: 'The email app that sends the forward',
			options: [
				{ name: 'Gmail', value: 'gmail' },
				{ name: 'Postmark', value: 'postmark' },
			],
		},
		{
			displayName: 'Body',
			name: 'body',
			type: 'string',
			typeOptions: { rows: 4 },
			default: '',
			description: 'Text sent above the forwarded conversation',
		},
		{
			displayName: 'From',
			name: 'from',
			type: 'string',
			default: '',
			placeholder: 'e.g. support@acme.example',
			description: 'Sender email address',
		},
		{
			displayName: 'Reply To',
			name: 'replyTo',
			type: 'string',
			default: '',
			placeholder: 'e.g. support@acme.example',
		},
		{
			displayName: 'Send At',
			name: 'sendAt',
			type: 'dateTime',
			default: '',
			description:
				'When Kustomer sends the forward; without it the forward stays a draft that can still be changed',
		},
		{ displayName: 'Subject', name: 'subject', type: 'string', default: '' },
		...(name === 'updateFields' ? [toField(false)] : []),
	]);
}

/**
 * A forward body: recipients as `[{ email }]`, sender as `{ email }`, every address checked. `to`
 * is Create's own To field (Update has To among its fields).
 */
export function forwardBody(
	item: Item,
	name: 'additionalFields' | 'updateFields',
	to?: string[],
): IDataObject {
	const { node, index } = item;
	const email = (value: unknown, label: string) =>
		parseWith(node, emailSchema, String(value), label, index);
	const fields: IDataObject = { ...item.collection(name) };
	if (to !== undefined) fields.to = to;
	if (fields.sendAt) fields.sendAt = isoDate(item, fields.sendAt, 'Send At');
	if (fields.to) fields.to = splitList(fields.to).map((to) => ({ email: email(to, 'To') }));
	if (fields.from) fields.from = { email: email(fields.from, 'From') };
	if (fields.replyTo) fields.replyTo = email(fields.replyTo, 'Reply To');
	return compact(fields);
}
