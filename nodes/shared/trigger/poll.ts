import type { IDataObject, INodeExecutionData, IPollFunctions } from 'n8n-workflow';

/** How many recent ids a bounded de-duplication list keeps (rememberIds): static data stays small. */
export const RECENT_IDS = 500;
/** Pages one poll may fetch; the rest waits for the next poll (the cursor marks where to resume). */
export const MAX_PAGES_PER_POLL = 50;

/**
 * A time cursor: the newest timestamp emitted, plus the keys already emitted at exactly that
 * timestamp. Reading `>= since` and skipping those keys neither repeats nor skips records that
 * share a timestamp at a page or poll boundary.
 */
export interface TimeCursor extends IDataObject {
	since: string;
	seen: string[];
}

export function isManual(context: IPollFunctions): boolean {
	return context.getMode() === 'manual';
}

/** The cursor kept under `key` in the node's static data (undefined on first activation). */
export function readCursor<T extends IDataObject>(
	context: IPollFunctions,
	key = 'cursor',
): T | undefined {
	const value = context.getWorkflowStaticData('node')[key];
	return value && typeof value === 'object' ? ({ ...(value as T) } as T) : undefined;
}

/** Saves the cursor; n8n persists static data with the execution the emitted items start. */
export function writeCursor(context: IPollFunctions, cursor: IDataObject, key = 'cursor'): void {
	context.getWorkflowStaticData('node')[key] = cursor;
}

/** Trigger output: one item per record, or null (nothing new: no execution). */
export function triggerItems(records: IDataObject[]): INodeExecutionData[][] | null {
	if (records.length === 0) return null;
	return [records.map((json) => ({ json, pairedItem: { item: 0 } }))];
}

function keepLast(list: string[], max: number): string[] {
	return list.length > max ? list.slice(list.length - max) : list;
}

/**
 * Takes the records that are new relative to `cursor` (in the order given) and returns the cursor
 * that follows them. Records older than `since`, or at `since` with a key already seen, are skipped.
 */
export function advanceTime<T>(
	records: T[],
	cursor: TimeCursor,
	timeOf: (record: T) => string,
	keyOf: (record: T) => string,
	// Unbounded by default: dropping a key still at `since` would emit that record again.
	max = Infinity,
): { fresh: T[]; cursor: TimeCursor } {
	const sinceMs = Date.parse(cursor.since);
	const seen = new Set(cursor.seen);
	const batch = new Set<string>();
	const fresh: T[] = [];
	let newest = cursor.since;
	let newestMs = sinceMs;
	for (const record of records) {
		const time = timeOf(record);
		const ms = Date.parse(time);
		if (Number.isNaN(ms) || ms < sinceMs) continue;
		const key = keyOf(record);
		// Seen keys only cover `since` itself: the same record at a later time is a new version.
		if ((ms === sinceMs && seen.has(key)) || batch.has(`${key}@${ms}`)) continue;
		batch.add(`${key}@${ms}`);
		fresh.push(record);
		if (ms > newestMs) {
			newestMs = ms;
			newest = time;
		}
	}
	const atNewest = fresh.filter((record) => Date.parse(timeOf(record)) === newestMs).map(keyOf);
	const carried = newestMs === sinceMs ? cursor.seen : [];
	return { fresh, cursor: { since: newest, seen: keepLast([...carried, ...atNewest], max) } };
}

/** Adds ids to a bounded list of recent ids and says which were new. */
export function rememberIds(
	recent: string[],
	ids: string[],
	max = RECENT_IDS,
): { fresh: Set<string>; recent: string[] } {
	const known = new Set(recent);
	const fresh = new Set<string>();
	for (const id of ids) {
		if (known.has(id)) continue;
		known.add(id);
		fresh.add(id);
	}
	return { fresh, recent: keepLast([...recent, ...fresh], max) };
}

export interface PageStep<T> {
	records: T[];
	done: boolean;
}

/**
 * Fetches pages until `step` says done, the page budget is spent or the poll's time budget is
 * near its end. `step` must move its own cursor only after its page arrived. A failure on the
 * first page is thrown (nothing is emitted, the cursor stays); a failure later returns what
 * arrived before it, so the caller emits those records and saves the cursor that follows them:
 * the next poll resumes at the page that failed.
 */
export async function drain<T>(
	context: IPollFunctions,
	step: () => Promise<PageStep<T>>,
	maxPages = MAX_PAGES_PER_POLL,
): Promise<T[]> {
	const started = Date.now();
	const budget = (context.getPollBudgetMs?.() ?? 300_000) * 0.8;
	const first = await step();
	const records: T[] = [...first.records];
	if (first.done) return records;
	for (let page = 1; page < maxPages && Date.now() - started < budget; page++) {
		let result: PageStep<T>;
		try {
			result = await step();
		} catch (error) {
			context.logger.warn(
				`Poll stopped after ${page} page(s): ${(error as Error).message}. The next poll resumes there.`,
			);
			return records;
		}
		records.push(...result.records);
		if (result.done) return records;
	}
	return records;
}
