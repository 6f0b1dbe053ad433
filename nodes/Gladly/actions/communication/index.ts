import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { inputError } from '../../../shared/errors';
import { toItems } from '../../../shared/router';
import { e164Schema, emailSchema, stringParameter } from '../../../shared/validate';
import { operation } from '../../descriptions';
import { gladlyRequest } from '../../transport';

const sms = operation(
	'communication',
	'sendSms',
	[
		{ displayName: 'To', name: 'to', type: 'string', default: '', required: true, placeholder: 'e.g. +14155550100', description: "Customer's mobile number in E.164 format; a missing customer is created" },
		{ displayName: 'From', name: 'from', type: 'string', default: '', required: true, placeholder: 'e.g. +14155550199', description: 'A Gladly SMS number of your organization, in E.164 format' },
		{ displayName: 'Message', name: 'body', type: 'string', typeOptions: { rows: 3 }, default: '', required: true, description: 'Text of the SMS; carrier compliance rules apply' },
	],
	async function (itemIndex) {
		const body = {
			customer: { mobileNumber: stringParameter(this, 'to', itemIndex, e164Schema) },
			from: stringParameter(this, 'from', itemIndex, e164Schema),
			body: stringParameter(this, 'body', itemIndex),
		};
		// Not idempotent: never repeated after a broken connection, so an SMS cannot go out twice.
		const response = await gladlyRequest.call(this, 'POST', '/communications/sms', { body, itemIndex });
		return toItems(response.body as IDataObject, itemIndex);
	},
);

const email = operation(
	'communication',
	'sendEmail',
	[
		{ displayName: 'To', name: 'to', type: 'string', default: '', required: true, placeholder: 'e.g. jane@example.com', description: 'One recipient address (Gladly supports one); a missing customer is created' },
		{ displayName: 'To Name', name: 'toName', type: 'string', default: '', description: 'Name of the recipient' },
		{ displayName: 'From', name: 'from', type: 'string', default: '', required: true, placeholder: 'e.g. support@example.com', description: 'An email address configured in Gladly' },
		{ displayName: 'Subject', name: 'subject', type: 'string', default: '', required: true },
		{ displayName: 'HTML', name: 'html', type: 'string', typeOptions: { rows: 4 }, default: '', description: 'HTML body' },
		{ displayName: 'Text', name: 'text', type: 'string', typeOptions: { rows: 4 }, default: '', description: 'Plain-text body' },
	],
	async function (itemIndex) {
		const subject = stringParameter(this, 'subject', itemIndex);
		if (subject.length >= 1000) throw inputError(this.getNode(), 'Subject', 'must be under 1000 characters', itemIndex);
		const html = String(this.getNodeParameter('html', itemIndex, '') ?? '');
		const text = String(this.getNodeParameter('text', itemIndex, '') ?? '');
		if (!html.trim() && !text.trim()) throw inputError(this.getNode(), 'HTML', "and 'Text' are both empty: give at least one body", itemIndex);
		const toName = String(this.getNodeParameter('toName', itemIndex, '') ?? '').trim();
		const body = {
			to: [{ email: stringParameter(this, 'to', itemIndex, emailSchema), ...(toName ? { name: toName } : {}) }],
			from: stringParameter(this, 'from', itemIndex, emailSchema),
			subject,
			body: { ...(html.trim() ? { html } : {}), ...(text.trim() ? { text } : {}) },
		};
		const response = await gladlyRequest.call(this, 'POST', '/communications/email', { body, itemIndex });
		return toItems(response.body as IDataObject, itemIndex);
	},
);

export const operations = { sendEmail: email, sendSms: sms };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['communication'] } },
		options: [
			{ name: 'Send Email', value: 'sendEmail', action: 'Send an email', description: 'Send an outbound email to one customer (not routed to an inbox)' },
			{ name: 'Send SMS', value: 'sendSms', action: 'Send an SMS', description: 'Send an outbound SMS to a customer (not routed to an inbox)' },
		],
		default: 'sendSms',
	},
	...Object.values(operations).flatMap((module) => module.description),
];
