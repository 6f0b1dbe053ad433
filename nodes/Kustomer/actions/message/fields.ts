import type { INodeProperties } from 'n8n-workflow';
import { fieldsCollection } from '../../descriptions';

export const CHANNELS = [
	'chat',
	'email',
	'facebook',
	'instagram',
	'sms',
	'twitter-dm',
	'twitter-tweet',
	'voice',
	'whatsapp',
];

export const channelField: INodeProperties = {
	displayName: 'Channel',
	name: 'channel',
	type: 'options',
	required: true,
	default: 'email',
	options: CHANNELS.map((value) => ({
		name:
			value === 'sms'
				? 'SMS'
				: value.replace(
						/(^|-)(\w)/g,
						(_, dash: string, c: string) => `${dash ? ' ' : ''}${c.toUpperCase()}`,
					),
		value,
	})),
};

export const directionField: INodeProperties = {
	displayName: 'Direction',
	name: 'direction',
	type: 'options',
	required: true,
	default: 'in',
	options: [
		{ name: 'Inbound (From the Customer)', value: 'in' },
		{ name: 'Outbound (To the Customer)', value: 'out' },
	],
};

/** Fields a message carries on Create (Additional Fields) and Update (Update Fields). */
export function messageFields(name: 'additionalFields' | 'updateFields'): INodeProperties {
	return fieldsCollection(name, [
		{
			displayName: 'External ID',
			name: 'externalId',
			type: 'string',
			default: '',
			description: 'The message ID in your own system',
		},
		{
			displayName: 'Meta (JSON)',
			name: 'meta',
			type: 'json',
			default: '{}',
			description:
				'Channel-specific data, e.g. {"from": "jane@example.com", "to": [...]} for email',
		},
		{ displayName: 'Sent At', name: 'sentAt', type: 'dateTime', default: '' },
		{
			displayName: 'Status',
			name: 'status',
			type: 'options',
			default: 'received',
			options: [
				{ name: 'Error', value: 'error' },
				{ name: 'Received', value: 'received' },
				{ name: 'Sent', value: 'sent' },
			],
		},
		{ displayName: 'Subject', name: 'subject', type: 'string', default: '' },
		{
			displayName: 'Text',
			name: 'preview',
			type: 'string',
			typeOptions: { rows: 4 },
			default: '',
			description: 'Text of the message',
		},
	]);
}
