import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IHookFunctions } from 'n8n-workflow';

import { gladlyRequest, idFromLocation } from '../Gladly/transport';
import { idSegment } from '../shared/ids';
import { forget, webhookUrlOrFail } from '../shared/trigger/webhook';
import { randomSecret } from '../shared/webhook';

/** Gladly allows at most 20 webhooks per organization. */
export const MAX_WEBHOOKS = 20;
/** The header Gladly sends with every delivery, carrying the secret generated at activation. */
export const DELIVERY_HEADER = 'X-N8N-Gladly-Token';

interface GladlyWebhook extends IDataObject {
	id: string;
	url: string;
	events: string[];
	enabled: boolean;
}

async function listWebhooks(this: IHookFunctions): Promise<GladlyWebhook[]> {
	const response = await gladlyRequest({ n8n: this }, 'GET', '/webhooks');
	return Array.isArray(response.body) ? (response.body as GladlyWebhook[]) : [];
}

const segment = (context: IHookFunctions, id: string) =>
	idSegment(context.getNode(), id, 'webhookId', 0);

/** Gladly refuses to delete an enabled webhook: disable it, then delete it. A webhook already gone is fine. */
export async function removeWebhook(this: IHookFunctions, id: string): Promise<void> {
	await gladlyRequest({ n8n: this }, 'PATCH', `/webhooks/${segment(this, id)}`, {
		body: { enabled: false },
		acceptStatuses: [404],
		idempotent: true,
	});
	await gladlyRequest({ n8n: this }, 'DELETE', `/webhooks/${segment(this, id)}`, {
		acceptStatuses: [404],
	});
}

function sameEvents(a: string[], b: string[]): boolean {
	return (
		a.length === b.length && [...a].sort().every((value, index) => value === [...b].sort()[index])
	);
}

/**
 * Whether this node's webhook exists, enabled, with the chosen events and a secret we know. Any
 * other webhook at this URL is removed: Gladly needs URLs to be unique, its secret headers cannot
 * be read back, and leftovers would spend the limit of 20.
 */
export async function webhookExists(this: IHookFunctions, events: string[]): Promise<boolean> {
	const url = this.getNodeWebhookUrl('default');
	const data = this.getWorkflowStaticData('node');
	const mine = (await listWebhooks.call(this)).filter((hook) => hook.url === url);
	const current = mine.find(
		(hook) =>
			hook.id === data.webhookId &&
			data.secret &&
			hook.enabled &&
			sameEvents(hook.events ?? [], events),
	);
	for (const stale of mine) if (stale !== current) await removeWebhook.call(this, stale.id);
	if (current) return true;
	forget(this, 'webhookId', 'secret');
	return false;
}

/**
 * Registers an enabled webhook with a fresh random secret in a custom header (Gladly webhooks carry
 * no signature). Gladly PINGs the URL during this call; webhook() answers the PING before any check.
 */
export async function createWebhook(this: IHookFunctions, events: string[]): Promise<void> {
	const url = webhookUrlOrFail(this, 'Gladly');
	if (events.length === 0)
		throw new NodeOperationError(this.getNode(), "No event chosen in 'Trigger On'", {
			description: 'Choose at least one event.',
		});
	const existing = await listWebhooks.call(this);
	if (existing.length >= MAX_WEBHOOKS) {
		throw new NodeOperationError(
			this.getNode(),
			`Gladly allows at most ${MAX_WEBHOOKS} webhooks per organization, and ${existing.length} already exist`,
			{
				description:
					'Delete unused webhooks in Gladly (Settings › App Developer Tools › Webhooks), deactivate another workflow with a Gladly Trigger, or use the Gladly Polling Trigger, which needs no webhook.',
			},
		);
	}
	const secret = randomSecret();
	const name =
		`n8n ${this.getWorkflow().name ?? this.getWorkflow().id ?? ''} ${this.getNode().name}`.slice(
			0,
			200,
		);
	const response = await gladlyRequest({ n8n: this }, 'POST', '/webhooks', {
		body: { name, url, events, headers: { [DELIVERY_HEADER]: secret }, enabled: true },
	});
	const id = idFromLocation(response.headers);
	if (!id)
		throw new NodeOperationError(
			this.getNode(),
			'Gladly created the webhook but its answer had no Location header with the webhook ID',
		);
	const data = this.getWorkflowStaticData('node');
	data.webhookId = id;
	data.secret = secret;
}
