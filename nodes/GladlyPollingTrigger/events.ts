import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IPollFunctions } from 'n8n-workflow';

import { gladlyRequest } from '../Gladly/transport';
import { getHeader } from '../shared/retry';

/** Gladly's Events API returns events up to 15 s late: each poll reads up to now minus this. */
export const SETTLE_MS = 15_000;
/** Each read also covers this much before the cursor, for events later than that; ids drop repeats. */
export const OVERLAP_MS = 15_000;
/** It keeps 24 hours of events; older than this, a cursor is warned about. */
export const WARN_AGE_MS = 23 * 3_600_000;
const KEEP_MS = 24 * 3_600_000;

export interface GladlyEvent extends IDataObject {
	id: string;
	type: string;
	timestamp: string;
}

/**
 * Events with `startAt <= timestamp < endAt` of the given entities, in ascending timestamp order
 * (the API streams JSONL), and Gladly's clock at the answer. A line that is not JSON means the stream broke off: that fails the poll,
 * so the cursor stays and the next poll reads the window again.
 */
export async function readEvents(
	context: IPollFunctions,
	entities: string[],
	startMs: number,
	endMs: number,
): Promise<{ events: GladlyEvent[]; providerNow?: number }> {
	const response = await gladlyRequest({ n8n: context }, 'GET', '/events', {
		qs: {
			startAt: new Date(startMs).toISOString(),
			endAt: new Date(endMs).toISOString(),
			entities,
		},
		arrayFormat: 'repeat',
		text: true,
		headers: { Accept: 'application/x-jsonlines, application/json' },
	});
	const text = typeof response.body === 'string' ? response.body : '';
	const events: GladlyEvent[] = [];
	for (const line of text.split('\n')) {
		if (!line.trim()) continue;
		try {
			events.push(JSON.parse(line) as GladlyEvent);
		} catch {
			throw new NodeOperationError(
				context.getNode(),
				"Gladly's event stream broke off in the middle of an event",
				{
					description: 'Nothing was emitted; the next poll reads the same time window again.',
				},
			);
		}
	}
	// Gladly's clock at the answer, from its Date header (whole seconds, rounded down: the estimate
	// never runs ahead of Gladly); undefined when a proxy dropped the header.
	const date = Date.parse(String(getHeader(response.headers, 'date') ?? ''));
	return {
		events: events.sort((a, b) => Date.parse(a.timestamp) - Date.parse(b.timestamp)),
		providerNow: Number.isNaN(date) ? undefined : date,
	};
}

/** Where the next read may start: Gladly refuses a start older than 24 hours. */
export function clampStart(context: IPollFunctions, sinceMs: number, nowMs: number): number {
	const age = nowMs - sinceMs;
	if (age > WARN_AGE_MS) {
		context.logger.warn(
			`Gladly Polling Trigger: the last successful poll was ${Math.round(age / 3_600_000)} h ago; Gladly keeps events for 24 h, so older events ${age >= KEEP_MS ? 'were lost' : 'are about to be lost'}. Check why polls failed.`,
		);
	}
	return Math.max(sinceMs, nowMs - KEEP_MS + 60_000);
}
