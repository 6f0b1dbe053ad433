import { defineOperation } from '../../../shared/kit';
import { gladlyRequest } from '../../transport';
import { readWebhook, webhookField } from './webhookFields';

/** Gladly refuses to delete an enabled webhook (400), so it is disabled first. */
export const remove = defineOperation('delete', {
	name: 'Delete',
	action: 'Delete a webhook',
	description: 'Disable, then delete a webhook',
	fields: [webhookField],
	input: (item) => ({ id: item.id('webhookId', 'webhookId') }),
	run: async (item, { id }) => {
		const path = `/webhooks/${id.path}`;
		if ((await readWebhook(item, id)).enabled) {
			await gladlyRequest(item, 'PATCH', path, { body: { enabled: false }, idempotent: true });
		}
		await gladlyRequest(item, 'DELETE', path);
		return { deleted: true, id: id.raw };
	},
});
