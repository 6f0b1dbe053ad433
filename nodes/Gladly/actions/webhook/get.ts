import { defineOperation } from '../../../shared/kit';
import { readWebhook, webhookField } from './webhookFields';

export const get = defineOperation('get', {
	name: 'Get',
	action: 'Get a webhook',
	description: 'Retrieve a webhook by ID',
	fields: [webhookField],
	input: (item) => ({ id: item.id('webhookId', 'webhookId') }),
	run: async (item, { id }) => await readWebhook(item, id),
});
