import { defineOperation } from '../../../shared/kit';
import { requiredText } from '../../../shared/validate';
import { fieldsCollection } from '../../fields';
import { gladlyRequest, idFromLocation, returnedId } from '../../transport';
import { checkUrl, eventsField, optionalFields, readWebhook, webhookBody } from './webhookFields';

export const create = defineOperation('create', {
	name: 'Create',
	action: 'Create a webhook',
	description: 'Register a URL for Gladly events (at most 20 per organization)',
	fields: [
		{
			displayName: 'URL',
			name: 'url',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. https://example.com/hooks/gladly',
			description: 'HTTPS address, unique among the webhooks of the organization',
		},
		eventsField,
		{
			displayName: 'Enabled',
			name: 'enabled',
			type: 'boolean',
			default: false,
			description:
				'Whether to start delivering now; Gladly first sends a PING that the URL must answer ' +
				'with 200',
		},
		fieldsCollection(optionalFields(), 'additionalFields'),
	],
	input: (item) => {
		const url = checkUrl(item, item.parse('url', 'url', requiredText));
		const events = item.list('events', []);
		if (!events.length) throw item.fail('Events', 'is empty: choose at least one event');
		const extra = webhookBody(item, item.collection('additionalFields'));
		return { url, events, enabled: item.boolean('enabled', false), ...extra };
	},
	run: async (item, body) => {
		const response = await gladlyRequest(item, 'POST', '/webhooks', { body });
		const id = idFromLocation(response.headers);
		return id ? await readWebhook(item, returnedId(item, id)) : { created: true, url: body.url };
	},
});
