import type { IDataObject } from 'n8n-workflow';

import { defineOperation } from '../../../shared/kit';
import { emailSchema, requiredText } from '../../../shared/validate';
import { gladlyRequest } from '../../transport';

export const sendEmail = defineOperation('sendEmail', {
	name: 'Send Email',
	action: 'Send an email',
	description: 'Send an outbound email to one customer (not routed to an inbox)',
	fields: [
		{
			displayName: 'To',
			name: 'to',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. jane@example.com',
			description: 'One recipient address (Gladly supports one); a missing customer is created',
		},
		{
			displayName: 'To Name',
			name: 'toName',
			type: 'string',
			default: '',
			description: 'Name of the recipient',
		},
		{
			displayName: 'From',
			name: 'from',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. support@example.com',
			description: 'An email address configured in Gladly',
		},
		{ displayName: 'Subject', name: 'subject', type: 'string', default: '', required: true },
		{
			displayName: 'HTML',
			name: 'html',
			type: 'string',
			typeOptions: { rows: 4 },
			default: '',
			description: 'HTML body',
		},
		{
			displayName: 'Text',
			name: 'text',
			type: 'string',
			typeOptions: { rows: 4 },
			default: '',
			description: 'Plain-text body',
		},
	],
	input: (item) => {
		const subject = item.parse('subject', 'subject', requiredText);
		if (subject.length >= 1000) throw item.fail('Subject', 'must be under 1000 characters');
		// Bodies are sent as written (not trimmed); blank ones are left out.
		const html = String(item.raw('html', '') ?? '');
		const text = String(item.raw('text', '') ?? '');
		if (!html.trim() && !text.trim())
			throw item.fail('HTML', "and 'Text' are both empty: give at least one body");
		const toName = item.string('toName', 'To Name');
		return {
			to: [{ email: item.parse('to', 'to', emailSchema), ...(toName ? { name: toName } : {}) }],
			from: item.parse('from', 'from', emailSchema),
			subject,
			body: { ...(html.trim() ? { html } : {}), ...(text.trim() ? { text } : {}) },
		};
	},
	run: async (item, body) =>
		(await gladlyRequest<IDataObject>(item, 'POST', '/communications/email', { body })).body,
});
