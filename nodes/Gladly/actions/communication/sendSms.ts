import type { IDataObject } from 'n8n-workflow';

import { defineOperation } from '../../../shared/kit';
import { e164Schema, requiredText } from '../../../shared/validate';
import { gladlyRequest } from '../../transport';

export const sendSms = defineOperation('sendSms', {
	name: 'Send SMS',
	action: 'Send an SMS',
	description: 'Send an outbound SMS to a customer (not routed to an inbox)',
	fields: [
		{
			displayName: 'To',
			name: 'to',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. +14155550100',
			description: "Customer's mobile number in E.164 format; a missing customer is created",
		},
		{
			displayName: 'From',
			name: 'from',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. +14155550199',
			description: 'A Gladly SMS number of your organization, in E.164 format',
		},
		{
			displayName: 'Message',
			name: 'body',
			type: 'string',
			typeOptions: { rows: 3 },
			default: '',
			required: true,
			description: 'Text of the SMS; carrier compliance rules apply',
		},
	],
	input: (item) => ({
		customer: { mobileNumber: item.parse('to', 'to', e164Schema) },
		from: item.parse('from', 'from', e164Schema),
		body: item.parse('body', 'body', requiredText),
	}),
	// Not idempotent: never repeated after a broken connection, so an SMS cannot go out twice.
	run: async (item, body) =>
		(await gladlyRequest<IDataObject>(item, 'POST', '/communications/sms', { body })).body,
});
