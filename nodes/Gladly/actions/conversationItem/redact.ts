import { defineOperation } from '../../../shared/kit';
import { gladlyRequest, idFromLocation } from '../../transport';
import { itemField } from './itemFields';

export const redact = defineOperation('redact', {
	name: 'Redact',
	action: 'Redact a conversation item',
	description: 'Remove the content of a message for good',
	fields: [itemField],
	input: (item) => ({ id: item.id('itemId', 'itemId') }),
	run: async (item, { id }) => {
		// No body at all: the spec says the request body must be empty. Redacting twice is harmless.
		const path = `/conversation-items/${id.path}/redact`;
		const response = await gladlyRequest(item, 'POST', path, { idempotent: true });
		return { redacted: true, id: idFromLocation(response.headers) ?? id.raw };
	},
});
