import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { simplifyField } from '../../../shared/descriptions';
import { RecordId } from '../../../shared/ids';
import { defineOperation } from '../../../shared/kit';
import type { Item } from '../../../shared/kit';
import { customAttributesField } from '../../custom';
import { conversationLocator, customerLocator } from '../../descriptions';
import { rawDataOption, shapeOf } from '../../output';
import { sendRecord } from '../common';
import { readAttachments, uploadAttachments } from './attachments';
import { messageBody } from './body';
import { channelField, directionField, messageFields } from './fields';

const fields: INodeProperties[] = [
	{
		displayName: 'Create In',
		name: 'target',
		type: 'options',
		noDataExpression: true,
		default: 'conversation',
		options: [
			{
				name: 'Conversation',
				value: 'conversation',
				description: 'Add the message to an existing conversation',
			},
			{
				name: 'Customer',
				value: 'customer',
				description: "Add the message to a customer's conversation, or start a new one",
			},
		],
	},
	conversationLocator({ displayOptions: { show: { target: ['conversation'] } } }),
	customerLocator({ displayOptions: { show: { target: ['customer'] } } }),
	channelField,
	{
		displayName: 'App',
		name: 'app',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. postmark',
		description:
			'The app the message came through, as Kustomer names it (e.g. postmark, twilio, chat)',
	},
	directionField,
	messageFields('additionalFields'),
	customAttributesField(),
	simplifyField,
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Attachments (Binary Properties)',
				name: 'attachments',
				type: 'string',
				default: '',
				placeholder: 'e.g. data, invoice',
				description: 'Names of the input binary properties to attach, comma-separated',
			},
			{
				displayName: 'Conversation ID',
				name: 'conversation',
				type: 'string',
				default: '',
				description:
					'Customer only: add the message to this conversation instead of starting a new one',
			},
			rawDataOption,
		],
	},
];

function messagePath(item: Item, target: string): string {
	if (target === 'customer') {
		return `/v1/customers/${item.id('customerId', 'Customer').path}/messages`;
	}
	return `/v1/conversations/${item.id('conversationId', 'Conversation').path}/messages`;
}

/**
 * Records a message (it is not sent: use a Draft to send). Binary attachments are uploaded first.
 */
export const create = defineOperation('create', {
	name: 'Create',
	action: 'Create a message',
	description: 'Record a message in a conversation (to send one, create a draft)',
	fields,
	input: async (item) => {
		const target = item.string('target', 'Create In', { fallback: 'conversation' });
		const path = messagePath(item, target);
		const app = item.string('app', 'App');
		if (!app) throw item.fail('App', 'is required (e.g. postmark for email, twilio for SMS)');
		const options = item.collection('options');
		const body: IDataObject = {
			channel: item.string('channel', 'Channel', { fallback: 'email' }),
			app,
			direction: item.string('direction', 'Direction', { fallback: 'in' }),
			...(await messageBody(item, 'additionalFields')),
		};
		if (target === 'customer' && options.conversation) {
			const { node, index } = item;
			body.conversation = RecordId.of(node, options.conversation, 'Conversation ID', index).raw;
		}
		const files = readAttachments(item, options.attachments);
		return { path, body, files, shape: shapeOf(item, 'message') };
	},
	run: async (item, { path, body, files, shape }) => {
		const attachments = await uploadAttachments(item, files);
		const sent = attachments.length ? { ...body, attachments } : body;
		return shape(await sendRecord(item, 'POST', path, sent));
	},
});
