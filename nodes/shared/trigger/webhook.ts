import { createHash } from 'crypto';
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

/** Delivery ids a webhook trigger remembers, per registration. */
const RECENT_DELIVERIES = 500;
/** Registrations this process remembers ids for at most (least recently used forgotten first). */
const MAX_PROCESS_REGISTRATIONS = 1_000;
/**
 * The same ids, kept by this n8n process as well as in the workflow's static data. Static data alone
 * is not enough: n8n (2.8 and 2.41 measured) drops what a webhook trigger writes there whenever the
 * delivery starts an execution. Its live-webhook handler saves static data only if the workflow's
 * change flag is set, and starting the execution builds a second `Workflow` over the same static data
 * object first, which resets that flag (`ObservableObject.create`). The process copy refuses every
 * retry that reaches the same main or webhook process; static data covers the paths n8n does save.
 */
const processDeliveries = new Map<string, string[]>();

/** The process copy's key for one registration: workflow, node and a hash of its secret. */
export function registrationKey(context: IWebhookFunctions, secret: string): string {
	const hashed = createHash('sha256').update(secret).digest('base64');
	return `${String(context.getWorkflow().id)}\u0000${context.getNode().name}\u0000${hashed}`;
}

/** How many registrations this process remembers delivery ids for (bounded). */
export function rememberedRegistrations(): number {
	return processDeliveries.size;
}

/**
 * Whether this delivery id is new; remembers it in a bounded list in static data and in this process
 * (under `registration`, see registrationKey) so a retried delivery does not start the workflow twice.
 */
export function firstDelivery(
	context: IWebhookFunctions,
	id: unknown,
	registration: string,
): boolean {
	if (id === undefined || id === null || id === '') return true;
	const key = String(id);
	const data = context.getWorkflowStaticData('node');
	const stored = Array.isArray(data.recentDeliveries) ? (data.recentDeliveries as string[]) : [];
	const inProcess = processDeliveries.get(registration) ?? [];
	// Most recently used last, so the first key is the one to forget.
	processDeliveries.delete(registration);
	processDeliveries.set(registration, inProcess);
	while (processDeliveries.size > MAX_PROCESS_REGISTRATIONS)
		processDeliveries.delete(processDeliveries.keys().next().value as string);
	if (stored.includes(key) || inProcess.includes(key)) return false;
	data.recentDeliveries = rememberId(stored, key, RECENT_DELIVERIES).recent;
	processDeliveries.set(registration, rememberId(inProcess, key, RECENT_DELIVERIES).recent);
	return true;
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
