import { defineOperation } from '../../../shared/kit';
import { customerLocator, outputOptions } from '../../descriptions';
import { shapeOf } from '../../output';
import { sendRecord } from '../common';
import { channelField, draftBody, draftFields } from './fields';

/** A reply to a customer; with Send At, Kustomer sends it through its channel. */
export const create = defineOperation('create', {
	name: 'Create',
	action: 'Create a draft',
	description: 'Create a reply to a customer; with Send At, Kustomer sends it through its channel',
	fields: [
		customerLocator({ description: 'The customer the reply goes to' }),
		channelField('Channel Kustomer sends the reply through'),
		{
			displayName: 'Body',
			name: 'body',
			type: 'string',
			typeOptions: { rows: 4 },
			required: true,
			default: '',
			description: 'Text of the reply',
		},
		draftFields('additionalFields'),
		outputOptions(),
	],
	input: (item) => {
		const customer = item.id('customerId', 'Customer');
		const channel = item.string('channel', 'Channel', { fallback: 'email' });
		const text = item.raw<unknown>('body', '');
		const body = {
			channel,
			body: typeof text === 'string' ? text : '',
			...draftBody(item, 'additionalFields', channel),
		};
		return { customer, body, shape: shapeOf(item, 'record') };
	},
	run: async (item, { customer, body, shape }) =>
		shape(await sendRecord(item, 'POST', `/v1/customers/${customer.path}/drafts`, body)),
});
