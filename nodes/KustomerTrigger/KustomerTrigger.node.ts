import type {
	IDataObject,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';

import { flatten } from '../Kustomer/transport';
import type { JsonApiResource } from '../Kustomer/transport';
import { hmacSha256Hex, safeEqual } from '../shared/webhook';
import { notice, registeredWebhook, webhookTriggerBase } from '../shared/trigger/describe';
import {
	acknowledgeOnly,
	headerOf,
	rawBodyOf,
	refuseDelivery,
	registrationKey,
	rejectDelivery,
	startWith,
} from '../shared/trigger/webhook';
import { MAX_AGE_MINUTES, admitDelivery } from './replay';
import { createWebhook, deleteWebhook, webhookExists } from './webhooks';

const EVENTS = ['conversation', 'customer', 'message', 'team', 'user'].flatMap((resource) => {
	const label = resource[0].toUpperCase() + resource.slice(1);
	return [
		{
			name: `${label} Created`,
			value: `kustomer.${resource}.create`,
			description: `A ${resource} was created`,
		},
		{
			name: `${label} Updated`,
			value: `kustomer.${resource}.update`,
			description: `A ${resource} was updated (the item carries the changes)`,
		},
	];
});

export class KustomerTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Kustomer Trigger',
		name: 'kustomerTrigger',
		icon: { light: 'file:../../icons/kustomer.svg', dark: 'file:../../icons/kustomer.dark.svg' },
		...webhookTriggerBase,
		subtitle: '={{$parameter["events"].join(", ")}}',
		description:
			'Starts the workflow when Kustomer customers, conversations, messages, users or teams are created or updated (signed webhook)',
		defaults: { name: 'Kustomer Trigger' },
		credentials: [{ name: 'kustomerApi', required: true }],
		properties: [
			notice(
				'Kustomer allows 5 outbound webhooks per organization; each active Kustomer Trigger uses one. n8n must be reachable over https. Without a public URL, use the Kustomer Polling Trigger.',
			),
			{
				displayName: 'Trigger On',
				name: 'events',
				type: 'multiOptions',
				required: true,
				options: EVENTS,
				default: [],
			},
		],
	};

	webhookMethods = {
		default: registeredWebhook({
			exists: webhookExists,
			create: createWebhook,
			remove: deleteWebhook,
			keys: ['token', 'deliveries'],
		}),
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const token = this.getWorkflowStaticData('node').token as string | undefined;
		const signature = headerOf(this, 'x-kustomer-webhook-signature')?.trim().toLowerCase();
		const expected = token ? hmacSha256Hex(token, rawBodyOf(this)) : undefined;
		if (!safeEqual(expected, signature)) return rejectDelivery(this);

		const body = this.getBodyData() as IDataObject;
		const age = admitDelivery(
			this.getWorkflowStaticData('node'),
			body.id,
			body.createdAt,
			registrationKey(this, token as string),
		);
		if (age === 'stale')
			return refuseDelivery(
				this,
				400,
				`Delivery refused: its createdAt is missing or more than ${MAX_AGE_MINUTES} minutes away from now`,
			);
		const event = String(body.name ?? headerOf(this, 'x-kustomer-webhook-event') ?? '');
		const chosen = this.getNodeParameter('events', []) as string[];
		if (!chosen.includes(event) || age === 'duplicate') return acknowledgeOnly(this);

		const data = body.data as JsonApiResource | undefined;
		return startWith([
			{
				event,
				eventId: body.id as string,
				createdAt: body.createdAt as string,
				object: data && typeof data === 'object' ? flatten(data) : {},
				changes: (body.changes as IDataObject | null) ?? null,
			},
		]);
	}
}
