import type { INodeProperties } from 'n8n-workflow';

import { defineOperation } from '../../../shared/kit';
import { fieldsCollection } from '../../fields';
import { gladlyRequest } from '../../transport';
import {
	checkUrl,
	eventsField,
	optionalFields,
	readWebhook,
	webhookBody,
	webhookField,
} from './webhookFields';

const updateFields: INodeProperties[] = [
	{ ...eventsField, required: false, description: 'Replaces the list of events' },
	...optionalFields(),
	{
		displayName: 'URL',
		name: 'url',
		type: 'string',
		default: '',
		description: 'New HTTPS address; Gladly sends a PING to it',
	},
];

export const update = defineOperation('update', {
	name: 'Update',
	action: 'Update a webhook',
	description: 'Change the URL, events, name or delivery credentials',
	fields: [
		webhookField,
		fieldsCollection(updateFields.sort((a, b) => a.displayName.localeCompare(b.displayName))),
	],
	input: (item) => {
		const id = item.id('webhookId', 'webhookId');
		const fields = item.collection('updateFields');
		const body = webhookBody(item, fields);
		if (fields.url) body.url = checkUrl(item, String(fields.url));
		if (Array.isArray(fields.events) && fields.events.length) body.events = fields.events;
		if (!Object.keys(body).length)
			throw item.fail('Update Fields', 'is empty: add at least one field to change');
		return { id, body };
	},
	run: async (item, { id, body }) => {
		await gladlyRequest(item, 'PATCH', `/webhooks/${id.path}`, { body, idempotent: true });
		return await readWebhook(item, id);
	},
});
