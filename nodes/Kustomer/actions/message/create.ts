import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { describeOperation, simplifyField } from '../../../shared/descriptions';
import { inputError } from '../../../shared/errors';
import { idSegment } from '../../../shared/ids';
import { customAttributesField } from '../../custom';
import { conversationLocator, customerLocator } from '../../descriptions';
import { emit, rawDataOption } from '../../output';
import { collection, param } from '../../params';
import { idParam, sendRecord } from '../common';
import { uploadAttachments } from './attachments';
import { messageBody } from './body';
import { channelField, directionField, messageFields } from './fields';

const properties: INodeProperties[] = [
	{
		displayName: 'Create In',
		name: 'target',
		type: 'options',
		noDataExpression: true,
		default: 'conversation',
		options: [
			{ name: 'Conversation', value: 'conversation', description: 'Add the message to an existing conversation' },
			{ name: 'Customer', value: 'customer', description: "Add the message to a customer's conversation, or start a new one" },
		],
	},
	conversationLocator({ displayOptions: { show: { target: ['conversation'] } } }),
	customerLocator({ displayOptions: { show: { target: ['customer'] } } }),
	channelField,
	{ displayName: 'App', name: 'app', type: 'string', required: true, default: '', placeholder: 'e.g. postmark', description: 'The app the message came through, as Kustomer names it (e.g. postmark, twilio, chat)' },
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
			{ displayName: 'Conversation ID', name: 'conversation', type: 'string', default: '', description: "Customer only: add the message to this conversation instead of starting a new one" },
			rawDataOption,
		],
	},
];

export const description = describeOperation('message', 'create', properties);

/** Records a message (it is not sent: use a Draft to send). Binary attachments are uploaded first. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const target = param(this, 'target', itemIndex, 'conversation');
	const path =
		target === 'customer'
			? `/v1/customers/${idParam(this, 'customerId', 'Customer', itemIndex)}/messages`
			: `/v1/conversations/${idParam(this, 'conversationId', 'Conversation', itemIndex)}/messages`;
	const app = param(this, 'app', itemIndex, '').trim();
	if (!app) throw inputError(this.getNode(), 'App', 'is required (e.g. postmark for email, twilio for SMS)', itemIndex);
	const options = collection(this, 'options', itemIndex);
	const body = {
		channel: param(this, 'channel', itemIndex, 'email'),
		app,
		direction: param(this, 'direction', itemIndex, 'in'),
		...(await messageBody(this, itemIndex, 'additionalFields')),
	} as Record<string, unknown>;
	if (target === 'customer' && options.conversation) body.conversation = decodeURIComponent(idSegment(this.getNode(), options.conversation, 'Conversation ID', itemIndex));
	const attachments = await uploadAttachments(this, itemIndex, options.attachments);
	if (attachments.length) body.attachments = attachments;
	return emit(this, itemIndex, 'message', await sendRecord(this, itemIndex, 'POST', path, body));
}
