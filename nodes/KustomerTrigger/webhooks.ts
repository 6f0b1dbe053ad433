import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IHookFunctions } from 'n8n-workflow';

import { idSegment } from '../shared/ids';
import { forget, webhookUrlOrFail } from '../shared/trigger/webhook';
import { kustomerRequest } from '../Kustomer/transport';
import type { JsonApiResource } from '../Kustomer/transport';

/** Kustomer allows at most 5 user-created outbound webhooks per organization. */
export const MAX_WEBHOOKS = 5;
/** And at most 12 events per webhook. */
export const MAX_EVENTS = 12;

const PATH = '/v1/outbound-webhooks';

function limitError(context: IHookFunctions, count: number): NodeOperationError {
	return new NodeOperationError(
		context.getNode(),
		`Kustomer allows at most ${MAX_WEBHOOKS} outbound webhooks per organization, and ${count} already exist`,
		{
			description:
				'Each active Kustomer Trigger registers one outbound webhook. Deactivate another workflow that uses a Kustomer Trigger, delete an unused webhook in Kustomer (Settings › Platform › Outbound Webhooks), or use the Kustomer Polling Trigger, which needs no webhook.',
		},
	);
}

export async function listWebhooks(this: IHookFunctions): Promise<JsonApiResource[]> {
	const response = await kustomerRequest({ n8n: this }, 'GET', PATH, { qs: { pageSize: 100 } });
	return ((response.body as IDataObject)?.data as JsonApiResource[] | undefined) ?? [];
}

function tokenOf(resource: JsonApiResource | undefined): string | undefined {
	const token = resource?.attributes?.token ?? (resource as IDataObject | undefined)?.token;
	return typeof token === 'string' && token ? token : undefined;
}

export function sameEvents(a: unknown, b: string[]): boolean {
	const left = Array.isArray(a) ? [...(a as string[])].sort() : [];
	const right = [...b].sort();
	return left.length === right.length && left.every((value, index) => value === right[index]);
}

export async function deleteWebhook(this: IHookFunctions, id: string): Promise<void> {
	await kustomerRequest(
		{ n8n: this },
		'DELETE',
		`${PATH}/${idSegment(this.getNode(), id, 'webhookId', 0)}`,
		{ acceptStatuses: [404] },
	);
}

/** Registers one outbound webhook for this node and keeps its id and signing token in static data. */
export async function createWebhook(this: IHookFunctions, events: string[]): Promise<void> {
	const url = webhookUrlOrFail(this, 'Kustomer');
	if (events.length === 0)
		throw new NodeOperationError(this.getNode(), "No event chosen in 'Trigger On'", {
			description: 'Choose at least one event.',
		});
	if (events.length > MAX_EVENTS)
		throw new NodeOperationError(
			this.getNode(),
			`Kustomer allows at most ${MAX_EVENTS} events per webhook, and ${events.length} are chosen in 'Trigger On'`,
		);
	const existing = await listWebhooks.call(this);
	if (existing.length >= MAX_WEBHOOKS) throw limitError(this, existing.length);
	const name =
		`n8n ${this.getWorkflow().name ?? this.getWorkflow().id ?? ''} ${this.getNode().name}`.slice(
			0,
			255,
		);
	const response = await kustomerRequest({ n8n: this }, 'POST', PATH, {
		body: { name, url, events },
	});
	const created = (response.body as IDataObject)?.data as JsonApiResource | undefined;
	if (!created?.id)
		throw new NodeOperationError(
			this.getNode(),
			'Kustomer created the webhook but did not return its ID',
		);
	let token = tokenOf(created);
	if (!token) {
		// The create response does not always carry the token: read the webhook back.
		const one = await kustomerRequest(
			{ n8n: this },
			'GET',
			`${PATH}/${idSegment(this.getNode(), created.id, 'webhookId', 0)}`,
		);
		token = tokenOf((one.body as IDataObject)?.data as JsonApiResource | undefined);
	}
	if (!token) {
		await deleteWebhook.call(this, created.id);
		throw new NodeOperationError(
			this.getNode(),
			'Kustomer did not return the signing token of the new webhook, so deliveries could not be verified',
			{
				description:
					'The webhook was removed again. Check that the API key has the role org.permission.outbound_webhook.read and activate the workflow again.',
			},
		);
	}
	const data = this.getWorkflowStaticData('node');
	data.webhookId = created.id;
	data.token = token;
}

/**
 * Whether this node's webhook exists with the chosen events. A webhook at this URL that no longer
 * matches (other events, or its token is lost) is deleted, so `create` registers a fresh one and
 * the org's limit of 5 is not spent on leftovers.
 */
export async function webhookExists(this: IHookFunctions, events: string[]): Promise<boolean> {
	const url = this.getNodeWebhookUrl('default');
	const data = this.getWorkflowStaticData('node');
	const mine = (await listWebhooks.call(this)).filter((hook) => hook.attributes?.url === url);
	const current = mine.find(
		(hook) =>
			hook.id === data.webhookId && data.token && sameEvents(hook.attributes?.events, events),
	);
	for (const stale of mine) if (stale !== current) await deleteWebhook.call(this, stale.id);
	if (current) return true;
	forget(this, 'webhookId', 'token');
	return false;
}
