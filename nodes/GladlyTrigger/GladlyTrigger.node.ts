import type {
	IDataObject,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';

import {
	notice,
	optionsCollection,
	registeredWebhook,
	webhookTriggerBase,
} from '../shared/trigger/describe';
import {
	acknowledgeOnly,
	firstDelivery,
	registrationKey,
	headerOf,
	rejectDelivery,
	startWith,
} from '../shared/trigger/webhook';
import { safeEqual } from '../shared/webhook';
import { EVENT_OPTIONS } from '../Gladly/events';
import { fetchFullObjects } from '../Gladly/eventObjects';
import { DELIVERY_HEADER, createWebhook, removeWebhook, webhookExists } from './webhooks';

export class GladlyTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Gladly Trigger',
		name: 'gladlyTrigger',
		icon: { light: 'file:../../icons/gladly.svg', dark: 'file:../../icons/gladly.dark.svg' },
		...webhookTriggerBase,
		subtitle: '={{$parameter["events"].join(", ")}}',
		description:
			'Starts the workflow when Gladly sends a webhook event: conversations, contacts, customers, tasks, agents, payments, export jobs, message automation and custom channels',
		defaults: { name: 'Gladly Trigger' },
		credentials: [{ name: 'gladlyApi', required: true }],
		properties: [
			notice(
				'Gladly allows 20 webhooks per organization; each active Gladly Trigger uses one, and n8n must be reachable over https. Without a public URL, use the Gladly Polling Trigger.',
			),
			{
				displayName: 'Trigger On',
				name: 'events',
				type: 'multiOptions',
				required: true,
				options: EVENT_OPTIONS,
				default: [],
			},
			optionsCollection([
				{
					displayName: 'Fetch Full Object',
					name: 'fetchFull',
					type: 'boolean',
					default: false,
					description:
						"Whether to fetch the conversation, customer, message and task the event names (Gladly sends IDs only). Limited to 5 seconds; what does not arrive in time is named in 'fetchError'.",
				},
			]),
		],
	};

	webhookMethods = {
		default: registeredWebhook({
			exists: webhookExists,
			create: createWebhook,
			remove: removeWebhook,
			keys: ['secret'],
		}),
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const body = this.getBodyData() as IDataObject;
		// Gladly PINGs while the webhook is being created, before n8n has saved the secret: answer first.
		if (body.type === 'PING') return acknowledgeOnly(this);
		const secret = this.getWorkflowStaticData('node').secret as string | undefined;
		if (!safeEqual(secret, headerOf(this, DELIVERY_HEADER))) return rejectDelivery(this);

		const events = this.getNodeParameter('events', []) as string[];
		if (!events.includes(String(body.type))) return acknowledgeOnly(this);
		if (!firstDelivery(this, body.id, registrationKey(this, secret as string)))
			return acknowledgeOnly(this);

		const options = this.getNodeParameter('options', {}) as { fetchFull?: boolean };
		const content = (body.content as IDataObject | undefined) ?? {};
		const full = options.fetchFull ? await fetchFullObjects(this, content) : {};
		return startWith([{ ...body, ...full }]);
	}
}
