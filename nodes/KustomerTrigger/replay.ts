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

export type Admission = 'new' | 'duplicate' | 'stale';

/**
 * Decides whether a signed delivery starts the workflow: `stale` (missing or out-of-window
 * `createdAt`: refuse), `duplicate` (already seen: acknowledge only) or `new` (remembered now).
 */
export function admitDelivery(
	staticData: IDataObject,
	id: unknown,
	createdAt: unknown,
	now = Date.now(),
): Admission {
	const created = typeof createdAt === 'string' ? Date.parse(createdAt) : NaN;
	const stored = staticData.deliveries as DeliveryLog | undefined;
	const log: DeliveryLog = {
		floor: Number(stored?.floor) || 0,
		seen: Array.isArray(stored?.seen) ? stored.seen : [],
	};
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
	return 'new';
}
