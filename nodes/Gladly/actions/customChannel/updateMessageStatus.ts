import { defineOperation } from '../../../shared/kit';
import { idField } from '../../fields';
import { gladlyRequest } from '../../transport';
import { customChannelField, messagesPath } from './channelFields';

const STATUSES = ['ACCEPTED', 'DELIVERED', 'READ', 'FAILED'] as const;

export const updateMessageStatus = defineOperation('updateMessageStatus', {
	name: 'Update Message Status',
	action: 'Update the status of a custom channel message',
	description:
		'Tell the agent what happened to a message they sent on the custom channel (accepted, delivered, read or failed)',
	fields: [
		customChannelField,
		idField(
			'messageId',
			'Message ID',
			"The ID of the agent's message (content.messageId of a CUSTOM_CHANNEL/MESSAGE_SENT event)",
		),
		{
			displayName: 'Status',
			name: 'status',
			type: 'options',
			default: 'DELIVERED',
			options: [
				{ name: 'Accepted', value: 'ACCEPTED' },
				{ name: 'Delivered', value: 'DELIVERED' },
				{ name: 'Failed', value: 'FAILED' },
				{ name: 'Read', value: 'READ' },
			],
		},
		{
			displayName: 'Details',
			name: 'details',
			type: 'string',
			default: '',
			description: 'Why, for a failed message (shown to the agent)',
		},
	],
	input: (item) => ({
		channel: item.id('customChannelId', 'Custom Channel ID'),
		message: item.id('messageId', 'Message ID'),
		value: item.choice('status', 'Status', STATUSES, 'DELIVERED'),
		details: item.string('details', 'Details'),
	}),
	run: async (item, { channel, message, value, details }) => {
		const body = { value, ...(details ? { details } : {}) };
		await gladlyRequest(item, 'PUT', `${messagesPath(channel.path)}/${message.path}/status`, {
			body,
		});
		return {
			customChannelId: channel.raw,
			messageId: message.raw,
			status: value,
			...(details ? { details } : {}),
		};
	},
});
