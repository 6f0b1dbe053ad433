import { defineOperation } from '../../../shared/kit';
import { gladlyRequest } from '../../transport';
import { readWebhook, webhookField } from './webhookFields';

export const disable = defineOperation('disable', {
	name: 'Disable',
	action: 'Disable a webhook',
	description: 'Stop deliveries to a webhook',
	fields: [webhookField],
	input: (item) => ({ id: item.id('webhookId', 'webhookId') }),
	run: async (item, { id }) => {
		await gladlyRequest(item, 'PATCH', `/webhooks/${id.path}`, {
			body: { enabled: false },
			idempotent: true,
		});
		return await readWebhook(item, id);
	},
});
