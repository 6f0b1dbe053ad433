import type { IDataObject, IPollFunctions } from 'n8n-workflow';

import { nutshellRequest, recordsOf } from '../Nutshell/transport';
import { idSegment } from '../shared/ids';
import type { PageStep } from '../shared/trigger/poll';
import { numericId } from '../Nutshell/events';
import type { NutshellEvent } from '../Nutshell/events';

/** Events per request (`limit`). */
export const PAGE_LIMIT = 100;
/**
 * Deletion pages one check reads at most (100,000 deletions). More than that since the last check
 * cannot be read in order (the list is newest first by page number): the rest is skipped, and the
 * items and the log say so.
 */
export const MAX_DELETION_PAGES = 1_000;

export interface ChangeCursor extends IDataObject {
	/** Newest event id emitted (`since_id`). */
	sinceId: string;
	/** Id ranges below `sinceId` not read yet, [after, before) exclusive (only while a walk is cut short). */
	gaps?: Array<[string, string]>;
	/** Newest deletion id emitted, per watched record kind, when deletions are watched. */
	deletedSince?: Record<string, string>;
}

/** A change and the records of the page it came on (the change log sends them side by side). */
export interface Change {
	event: NutshellEvent;
	payloads: IDataObject[];
}

interface EventsPage {
	events: NutshellEvent[];
	payloads: IDataObject[];
	/** The `limit` the server applied, when its `meta.next` link names one. */
	limit?: number;
}

async function eventsPage(context: IPollFunctions, qs: IDataObject): Promise<EventsPage> {
	const response = await nutshellRequest({ n8n: context }, 'GET', '/events', { qs });
	const body = (response.body ?? {}) as IDataObject;
	const next = (body.meta as IDataObject | undefined)?.next;
	const limit = typeof next === 'string' ? Number(/[?&]limit=(\d+)/.exec(next)?.[1]) : NaN;
	return {
		events: recordsOf(body, 'events') as NutshellEvent[],
		payloads: recordsOf(body, 'payloads'),
		limit: Number.isFinite(limit) && limit > 0 ? limit : undefined,
	};
}

/** The newest event (optionally of some entity types), for first activation and Fetch Test Event. */
export async function newestEvent(
	context: IPollFunctions,
	entities: string[],
): Promise<EventsPage> {
	return await eventsPage(context, {
		limit: 1,
		...(entities.length ? { 'filters[payload][]': entities } : {}),
	});
}

/** Ids a < x < b, with b open (undefined) at the top. */
interface Span {
	after: string;
	before?: string;
}

/**
 * The walk forward from the cursor through `/rest/events`. Nutshell documents `since_id` (ids
 * greater than it), `max_id` (ids up to it) and `limit`, and that events come newest first, but
 * not whether a full page after `since_id` holds the OLDEST `limit` events after it or the NEWEST
 * (which would leave a gap between the cursor and the page). So the walk assumes neither: a full
 * page splits its span in two, the ids below the page and the ids above it, and each is read in
 * turn (a span with nothing in it costs one short answer). With the oldest-first reading the span
 * below is empty; with the newest-first reading the walk steps down through it. We send our own
 * `since_id` instead of following `meta.next`: its `since_time` would drop events created in the
 * same second as the last one.
 *
 * After every page the cursor is the newest id read plus the spans still unread below it, so a walk
 * that stops (a failure, the page budget) resumes exactly there and emits nothing twice.
 */
export function changesStep(
	context: IPollFunctions,
	entities: string[],
	state: { cursor: ChangeCursor },
): () => Promise<PageStep<Change>> {
	const pending: Span[] = [
		...(state.cursor.gaps ?? []).map(([after, before]) => ({ after, before })),
		{ after: state.cursor.sinceId },
	];
	let top = state.cursor.sinceId;
	const filters = entities.length ? { 'filters[payload][]': entities } : {};
	return async () => {
		pending.sort((a, b) => numericId(a.after) - numericId(b.after));
		const span = pending[0];
		const page = await eventsPage(context, {
			since_id: span.after,
			...(span.before ? { max_id: span.before } : {}),
			limit: PAGE_LIMIT,
			...filters,
		});
		pending.shift();
		const low = numericId(span.after);
		const high = span.before === undefined ? Infinity : numericId(span.before);
		const fresh = page.events
			.filter((event) => numericId(event.id) > low && numericId(event.id) < high)
			.sort((a, b) => numericId(a.id) - numericId(b.id));
		const full = page.events.length >= Math.min(PAGE_LIMIT, page.limit ?? PAGE_LIMIT);
		if (full && fresh.length) {
			const lowest = fresh[0].id;
			const highest = fresh[fresh.length - 1].id;
			if (numericId(lowest) - low > 1) pending.push({ after: span.after, before: lowest });
			if (high - numericId(highest) > 1) pending.push({ after: highest, before: span.before });
		} else if (full) {
			context.logger.warn(
				`Nutshell Polling Trigger: Nutshell answered a full page outside the ids asked for (${span.after} to ${span.before ?? 'now'}); changes in that range may be missed.`,
			);
		}
		if (fresh.length && numericId(fresh[fresh.length - 1].id) > numericId(top))
			top = fresh[fresh.length - 1].id;
		const gaps = pending
			.filter((gap) => gap.before !== undefined && numericId(gap.before) <= numericId(top))
			.map((gap): [string, string] => [gap.after, gap.before as string]);
		state.cursor = { ...state.cursor, sinceId: top, gaps };
		if (!gaps.length) delete state.cursor.gaps;
		return {
			records: fresh.map((event) => ({ event, payloads: page.payloads })),
			done: pending.length === 0,
		};
	};
}

async function deletedPage(
	context: IPollFunctions,
	type: string,
	page: number,
	limit = PAGE_LIMIT,
): Promise<NutshellEvent[]> {
	const qs = {
		'filter[types]': type,
		sort: '-change_time',
		'page[limit]': limit,
		'page[page]': page,
	};
	const response = await nutshellRequest({ n8n: context }, 'GET', '/events/deleted', { qs });
	return recordsOf(response.body, 'events') as NutshellEvent[];
}

/** The newest deletion of one record kind (first activation starts after it). */
export async function newestDeletion(
	context: IPollFunctions,
	type: string,
): Promise<string | undefined> {
	return (await deletedPage(context, type, 0, 1))[0]?.id;
}

/**
 * Deletions newer than `afterId` for one record kind: the list is newest first, so pages are read
 * until one reaches `afterId`, however many that takes (up to MAX_DELETION_PAGES; `truncated` says
 * when that was not enough). A deletion arriving meanwhile shifts the pages by one, which reads one
 * deletion twice, never skips one; the ids drop the repeat.
 */
export async function deletionsSince(
	context: IPollFunctions,
	type: string,
	afterId: number,
): Promise<{ events: NutshellEvent[]; truncated: boolean }> {
	const found = new Map<string, NutshellEvent>();
	for (let page = 0; page < MAX_DELETION_PAGES; page++) {
		const list = await deletedPage(context, type, page);
		for (const event of list)
			if (numericId(event.id) > afterId && !found.has(event.id)) found.set(event.id, event);
		if (list.length < PAGE_LIMIT || list.some((event) => numericId(event.id) <= afterId))
			return { events: [...found.values()], truncated: false };
	}
	return { events: [...found.values()], truncated: true };
}

/** The current state of the record an event names (GET /rest/<type>/<id>). */
export async function fetchEntity(
	context: IPollFunctions,
	event: NutshellEvent,
): Promise<IDataObject | null> {
	const id = event.links?.payloads?.[0];
	const type = String(event.payloadType ?? '');
	if (!id || !/^[a-z]+$/i.test(type)) return null;
	const path = `/${type}/${idSegment(context.getNode(), id, 'payload', 0)}`;
	const response = await nutshellRequest({ n8n: context }, 'GET', path, { acceptStatuses: [404] });
	return response.statusCode === 404 ? null : (recordsOf(response.body, type)[0] ?? null);
}
