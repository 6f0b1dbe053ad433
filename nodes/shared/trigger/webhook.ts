import { NodeOperationError } from 'n8n-workflow';
import type {
	IDataObject,
	IHookFunctions,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';

import { rememberId } from '../webhook';

const LOOPBACK = /^(127(?:\.\d{1,3}){3}|localhost|\[::1\])$/i;

/**
 * The node's webhook URL, refused unless it is https (http is allowed only on a loopback host,
 * for local tests). Providers refuse plain http, and a secret must never travel in clear text.
 */
export function webhookUrlOrFail(context: IHookFunctions, app: string): string {
	const url = context.getNodeWebhookUrl('default');
	let parsed: URL | undefined;
	try {
		parsed = url ? new URL(url) : undefined;
	} catch {
		parsed = undefined;
	}
	const loopback = parsed !== undefined && LOOPBACK.test(parsed.hostname);
	if (
		!parsed ||
		!url ||
		(parsed.protocol !== 'https:' && !(loopback && parsed.protocol === 'http:'))
	) {
		throw new NodeOperationError(
			context.getNode(),
			`${app} needs an https webhook URL, and n8n's is ${url ?? 'not set'}`,
			{
				description:
					'Serve n8n over https (set WEBHOOK_URL to its public https address), or use the polling trigger instead. Nothing was registered.',
			},
		);
	}
	return url;
}

/** A header as one string (first value), case-insensitive. */
export function headerOf(context: IWebhookFunctions, name: string): string | undefined {
	const value = context.getHeaderData()[name.toLowerCase()];
	return Array.isArray(value) ? value[0] : value;
}

/** The raw request body as n8n received it (before JSON parsing), for signatures. */
export function rawBodyOf(context: IWebhookFunctions): Buffer {
	const request = context.getRequestObject() as unknown as { rawBody?: Buffer | string };
	const raw = request.rawBody;
	if (Buffer.isBuffer(raw)) return raw;
	if (typeof raw === 'string') return Buffer.from(raw, 'utf8');
	return Buffer.from(JSON.stringify(context.getBodyData() ?? {}), 'utf8');
}

function answer(
	context: IWebhookFunctions,
	status: number,
	body: IDataObject,
): IWebhookResponseData {
	const response = context.getResponseObject();
	response.status(status).json(body);
	return { noWebhookResponse: true };
}

/** 401 and no execution: a delivery without the secret or with a wrong signature. */
export function rejectDelivery(context: IWebhookFunctions): IWebhookResponseData {
	return answer(context, 401, { message: 'Unauthorized' });
}

/** A 4xx with a short reason and no execution: a signed delivery that is refused (e.g. too old). */
export function refuseDelivery(
	context: IWebhookFunctions,
	status: number,
	message: string,
): IWebhookResponseData {
	return answer(context, status, { message });
}

/** 200 and no execution: pings, duplicates and events the node does not listen to. */
export function acknowledgeOnly(context: IWebhookFunctions): IWebhookResponseData {
	return answer(context, 200, { received: true });
}

/**
 * Whether this delivery id is new; remembers it in a bounded list in static data so a retried
 * delivery does not start the workflow twice.
 */
export function firstDelivery(context: IWebhookFunctions, id: unknown): boolean {
	if (id === undefined || id === null || id === '') return true;
	const data = context.getWorkflowStaticData('node');
	const recent = Array.isArray(data.recentDeliveries) ? (data.recentDeliveries as string[]) : [];
	const { duplicate, recent: next } = rememberId(recent, String(id), 500);
	data.recentDeliveries = next;
	return !duplicate;
}

/** Starts the workflow with one item per record. */
export function startWith(records: IDataObject[]): IWebhookResponseData {
	return { workflowData: [records.map((json) => ({ json, pairedItem: { item: 0 } }))] };
}

/** Removes the given keys from the node's static data (after a webhook is deleted). */
export function forget(context: IHookFunctions, ...keys: string[]): void {
	const data = context.getWorkflowStaticData('node');
	for (const key of keys) delete data[key];
}
