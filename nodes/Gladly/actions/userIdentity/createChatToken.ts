import { NodeOperationError } from 'n8n-workflow';

import { itemSuffix, tryParseJson } from '../../../shared/errors';
import { defineOperation } from '../../../shared/kit';
import { e164Schema, emailSchema } from '../../../shared/validate';
import { gladlyRequest } from '../../transport';

const TYPES = ['EMAIL', 'MOBILE_PHONE_NUMBER'] as const;

export const createChatToken = defineOperation('createChatToken', {
	name: 'Create Chat Token',
	action: 'Create a chat identity token',
	description:
		'Create the signed token (JWT) that identifies a customer to Gladly Chat, for an authenticated chat session',
	fields: [
		{
			displayName: 'Identity Type',
			name: 'identityType',
			type: 'options',
			default: 'EMAIL',
			options: [
				{ name: 'Email', value: 'EMAIL' },
				{ name: 'Mobile Phone Number', value: 'MOBILE_PHONE_NUMBER' },
			],
			description: 'What identifies the customer',
		},
		{
			displayName: 'Identity',
			name: 'identity',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. name@example.com or +14155550100',
			description:
				"The customer's email address, or mobile number in E.164 format; the token is valid for this customer only. Give the token to your website's chat widget, and keep it out of logs.",
		},
	],
	input: (item) => {
		const identityType = item.choice('identityType', 'Identity Type', TYPES, 'EMAIL');
		const schema = identityType === 'EMAIL' ? emailSchema : e164Schema;
		return { identityType, identity: item.parse('identity', 'Identity', schema) };
	},
	run: async (item, body) => {
		// Creating a token changes nothing in Gladly: safe to repeat after a broken connection. Read as
		// bytes, so that a broken answer is never quoted in an error: it may hold part of the token.
		const response = await gladlyRequest<Buffer>(item, 'POST', '/user-identity-jwt', {
			body,
			idempotent: true,
			binary: true,
		});
		const parsed = tryParseJson(response.body.toString('utf8')) as { token?: unknown } | undefined;
		if (typeof parsed?.token !== 'string' || parsed.token === '') {
			throw new NodeOperationError(
				item.node,
				`Gladly's answer held no readable token (HTTP ${response.statusCode}); it is not shown, since it may hold part of one${itemSuffix(item.index)}`,
				{
					itemIndex: item.index,
					description: 'Creating a token changes nothing in Gladly: run the item again.',
				},
			);
		}
		return { ...body, token: parsed.token };
	},
});
