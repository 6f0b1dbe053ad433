import { defineOperation } from '../../../shared/kit';
import { gladlyRequest } from '../../transport';
import { readWebhook, webhookField } from './webhookFields';

export const enable = defineOperation('enable', {
	name: 'Enable',
	action: 'Enable a webhook',
	description: 'Start deliveries (Gladly first sends a PING)',
	fields: [webhookField],
	input: (item) => ({ id: item.id('webhookId', 'webhookId') }),
	run: async (item, { id }) => {
		await gladlyRequest(item, 'PATCH', `/webhooks/${id.path}`, {
			body: { enabled: true },
			idempotent: true,
		});
		return await readWebhook(item, id);
	},
});
