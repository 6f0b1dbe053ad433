import type { IDataObject } from 'n8n-workflow';

/**
 * Kustomer's signature covers the body only, with no timestamp of its own, so a captured delivery
 * stays valid for ever. Its `createdAt` is inside the signed body, though: a delivery whose event is
 * older than this window is refused, and within the window every delivery id is remembered. The
 * window covers Kustomer's first retries (after about 1, 2, 4 and 9 minutes); later retries of an
 * event n8n never answered are refused (the polling trigger reads what a webhook outage missed).
 */
export const MAX_AGE_MINUTES = 10;
const MAX_AGE_MS = MAX_AGE_MINUTES * 60_000;
/** Clocks disagree: an event up to this far in n8n's future is still accepted. */
const MAX_AHEAD_MS = 5 * 60_000;
/**
 * Ids remembered at most. When more deliveries than this arrive within the window, the oldest are
 * forgotten and everything created up to the newest forgotten one is refused from then on: so a
 * replay is either remembered or refused, however many deliveries came between.
 */
export const MAX_REMEMBERED = 2_000;

interface DeliveryLog extends IDataObject {
	/** Deliveries created at or before this time (epoch ms) are refused: their ids may be forgotten. */
	floor: number;
	/** [id, createdAt ms], oldest first. */
	seen: Array<[string, number]>;
}

/**
 * The same log, kept by this n8n process as well as in the workflow's static data: n8n drops what a
 * webhook trigger writes to static data while answering a delivery that starts an execution (why:
 * processDeliveries in shared/trigger/webhook.ts). Keyed by registrationKey over the signing token.
 */
const processLogs = new Map<string, DeliveryLog>();

export type Admission = 'new' | 'duplicate' | 'stale';

function readLog(stored: unknown): DeliveryLog {
	const log = stored as Partial<DeliveryLog> | undefined;
	return {
		floor: Number(log?.floor) || 0,
		seen: Array.isArray(log?.seen) ? log.seen.filter((entry) => Array.isArray(entry)) : [],
	};
}

/** Both copies as one: the higher floor, every id either remembers (once, oldest first). */
function mergeLogs(a: DeliveryLog, b: DeliveryLog): DeliveryLog {
	const byId = new Map<string, number>();
	for (const [id, at] of [...a.seen, ...b.seen]) byId.set(String(id), Number(at));
	return {
		floor: Math.max(a.floor, b.floor),
		seen: [...byId.entries()].sort((x, y) => x[1] - y[1]),
	};
}

/** Forgets the logs of webhooks that have had no delivery within the window (bounded memory). */
function pruneProcessLogs(now: number): void {
	for (const [key, log] of processLogs) {
		const newest = log.seen.length ? log.seen[log.seen.length - 1][1] : 0;
		if (Math.max(newest, log.floor) < now - MAX_AGE_MS) processLogs.delete(key);
	}
}

/**
 * Decides whether a signed delivery starts the workflow: `stale` (missing or out-of-window
 * `createdAt`: refuse), `duplicate` (already seen: acknowledge only) or `new` (remembered now, in
 * the static data given and in this process under `processKey`, see registrationKey).
 */
export function admitDelivery(
	staticData: IDataObject,
	id: unknown,
	createdAt: unknown,
	processKey: string,
	now = Date.now(),
): Admission {
	pruneProcessLogs(now);
	const created = typeof createdAt === 'string' ? Date.parse(createdAt) : NaN;
	const log = mergeLogs(readLog(staticData.deliveries), readLog(processLogs.get(processKey)));
	if (
		Number.isNaN(created) ||
		created < now - MAX_AGE_MS ||
		created > now + MAX_AHEAD_MS ||
		created <= log.floor
	)
		return 'stale';
	const key = id === undefined || id === null || id === '' ? undefined : String(id);
	// An id is needed while a replay of it could still pass the age check.
	const seen = log.seen.filter(([, at]) => at >= now - MAX_AGE_MS);
	if (key !== undefined && seen.some(([known]) => known === key)) return 'duplicate';
	if (key !== undefined) {
		seen.push([key, created]);
		seen.sort((a, b) => a[1] - b[1]);
	}
	let floor = log.floor;
	while (seen.length > MAX_REMEMBERED)
		floor = Math.max(floor, (seen.shift() as [string, number])[1]);
	staticData.deliveries = { floor, seen };
	processLogs.set(processKey, { floor, seen: [...seen] });
	return 'new';
}

/** How many webhooks this process currently remembers deliveries for (bounded by the pruning). */
export function rememberedWebhooks(): number {
	return processLogs.size;
}
