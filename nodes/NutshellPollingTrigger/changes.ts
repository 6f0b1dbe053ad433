import type { IDataObject, IPollFunctions } from 'n8n-workflow';

import { nutshellRequest, recordsOf } from '../Nutshell/transport';
import { idSegment } from '../shared/ids';
import type { PageStep } from '../shared/trigger/poll';
import { numericId } from './events';
import type { NutshellEvent } from './events';

/** Events per request (`limit`). */
export const PAGE_LIMIT = 100;

export interface ChangeCursor extends IDataObject {
	/** Newest event id emitted (`since_id`). */
	sinceId: string;
	/** Newest deletion id emitted, when deletions are watched. */
	deletedSinceId?: string;
}

/** A change and the records of the page it came on (the change log sends them side by side). */
export interface Change {
	event: NutshellEvent;
	payloads: IDataObject[];
}

interface EventsPage {
	events: NutshellEvent[];
	payloads: IDataObject[];
}

async function eventsPage(context: IPollFunctions, qs: IDataObject): Promise<EventsPage> {
	const response = await nutshellRequest.call(context, 'GET', '/events', { qs });
	const body = (response.body ?? {}) as IDataObject;
	return { events: recordsOf(body, 'events') as NutshellEvent[], payloads: recordsOf(body, 'payloads') };
}

/** The newest event (optionally of some entity types), for first activation and Fetch Test Event. */
export async function newestEvent(context: IPollFunctions, entities: string[]): Promise<EventsPage> {
	return await eventsPage(context, { limit: 1, ...(entities.length ? { 'filters[payload][]': entities } : {}) });
}

/**
 * One page forward from the cursor: `since_id` = the newest id emitted, `limit` events, returned
 * newest first and emitted oldest first. We send our own `since_id` instead of following
 * `meta.next`: its `since_time` would drop events created in the same second as the last one.
 */
export function changesStep(context: IPollFunctions, entities: string[], state: { cursor: ChangeCursor }): () => Promise<PageStep<Change>> {
	return async () => {
		const page = await eventsPage(context, { since_id: state.cursor.sinceId, limit: PAGE_LIMIT, ...(entities.length ? { 'filters[payload][]': entities } : {}) });
		const after = numericId(state.cursor.sinceId);
		const fresh = page.events.filter((event) => numericId(event.id) > after).sort((a, b) => numericId(a.id) - numericId(b.id));
		if (fresh.length) state.cursor = { ...state.cursor, sinceId: fresh[fresh.length - 1].id };
		return { records: fresh.map((event) => ({ event, payloads: page.payloads })), done: page.events.length < PAGE_LIMIT || fresh.length === 0 };
	};
}

/** Deletions newer than `afterId` for one entity type (newest first, read until older ones start). */
export async function deletionsSince(context: IPollFunctions, type: string, afterId: number): Promise<NutshellEvent[]> {
	const found = new Map<string, NutshellEvent>();
	for (let page = 0; page < 10; page++) {
		const response = await nutshellRequest.call(context, 'GET', '/events/deleted', { qs: { 'filter[types]': type, sort: '-change_time', 'page[limit]': PAGE_LIMIT, 'page[page]': page } });
		const list = recordsOf(response.body, 'events') as NutshellEvent[];
		const newer = list.filter((event) => numericId(event.id) > afterId && !found.has(event.id));
		for (const event of newer) found.set(event.id, event);
		if (newer.length < list.length || list.length < PAGE_LIMIT || newer.length === 0) break;
	}
	return [...found.values()];
}

/** The current state of the record an event names (GET /rest/<type>/<id>). */
export async function fetchEntity(context: IPollFunctions, event: NutshellEvent): Promise<IDataObject | null> {
	const id = event.links?.payloads?.[0];
	const type = String(event.payloadType ?? '');
	if (!id || !/^[a-z]+$/i.test(type)) return null;
	const response = await nutshellRequest.call(context, 'GET', `/${type}/${idSegment(context.getNode(), id, 'payload', 0)}`, { acceptStatuses: [404] });
	return response.statusCode === 404 ? null : recordsOf(response.body, type)[0] ?? null;
}
