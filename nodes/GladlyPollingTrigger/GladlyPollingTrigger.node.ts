import { NodeOperationError } from 'n8n-workflow';
import type {
	IDataObject,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IPollFunctions,
} from 'n8n-workflow';

import { POLLED_EVENT_OPTIONS } from '../Gladly/events';
import { fetchFullObjects } from '../Gladly/eventObjects';
import { notice, optionsCollection, pollingTriggerBase } from '../shared/trigger/describe';
import { isManual, readCursor, triggerItems, writeCursor } from '../shared/trigger/poll';
import { OVERLAP_MS, SETTLE_MS, clampStart, readEvents } from './events';

interface EventsCursor extends IDataObject {
	/** End of the last window read (ISO): the next window starts here. */
	since: string;
	/** Ids of the events read in the last OVERLAP_MS before `since` (read again next time). */
	recent: string[];
	/** Gladly's clock minus n8n's, from the Date header of the last answer (ms). */
	skewMs?: number;
}

const SAMPLE_WINDOW_MS = 3_600_000;

export class GladlyPollingTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Gladly Polling Trigger',
		name: 'gladlyPollingTrigger',
		icon: { light: 'file:../../icons/gladly.svg', dark: 'file:../../icons/gladly.dark.svg' },
		...pollingTriggerBase,
		subtitle: '={{$parameter["entities"].join(", ")}}',
		description:
			'Starts the workflow on new Gladly events (conversations, contacts, customers, tasks, agents, payments), read from the Events API on a schedule',
		defaults: { name: 'Gladly Polling Trigger' },
		credentials: [{ name: 'gladlyApi', required: true }],
		properties: [
			notice(
				'Gladly keeps events for 24 hours: a workflow that stays inactive longer misses the older ones',
			),
			{
				displayName: 'Trigger On',
				name: 'entities',
				type: 'multiOptions',
				required: true,
				options: [
					{ name: 'Agent Availability', value: 'AGENT_AVAILABILITY' },
					{ name: 'Agent Status', value: 'AGENT_STATUS' },
					{ name: 'Contact', value: 'CONTACT' },
					{ name: 'Conversation', value: 'CONVERSATION' },
					{ name: 'Customer', value: 'CUSTOMER' },
					{ name: 'Customer Profile', value: 'CUSTOMER_PROFILE' },
					{ name: 'Payment Request', value: 'PAYMENT_REQUEST' },
					{ name: 'Task', value: 'TASK' },
				],
				default: [],
				description: 'The kinds of events to read from Gladly',
			},
			optionsCollection([
				{
					displayName: 'Event Types',
					name: 'eventTypes',
					type: 'multiOptions',
					options: POLLED_EVENT_OPTIONS,
					default: [],
					description: 'Emit only these event types (empty: every event of the chosen kinds)',
				},
				{
					displayName: 'Fetch Full Object',
					name: 'fetchFull',
					type: 'boolean',
					default: false,
					description:
						"Whether to fetch the conversation, customer, message and task each event names (events carry IDs only); what cannot be fetched within 5 seconds is named in 'fetchError'",
				},
			]),
		],
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const entities = this.getNodeParameter('entities', []) as string[];
		if (entities.length === 0)
			throw new NodeOperationError(this.getNode(), "No event kind chosen in 'Trigger On'", {
				description: 'Choose at least one.',
			});
		const { eventTypes = [], fetchFull = false } = this.getNodeParameter('options', {}) as {
			eventTypes?: string[];
			fetchFull?: boolean;
		};
		const wanted = (event: IDataObject) =>
			eventTypes.length === 0 || eventTypes.includes(String(event.type));
		const now = Date.now();

		if (isManual(this)) {
			const events = (await readEvents(this, entities, now - SAMPLE_WINDOW_MS, now)).events.filter(
				wanted,
			);
			return triggerItems(events.slice(-1));
		}

		const cursor = readCursor<EventsCursor>(this);
		if (!cursor) {
			// First activation: learn Gladly's clock (a read of one second, an hour ago, whose events are
			// dropped), so the first window starts at Gladly's "now" rather than n8n's: a clock of n8n
			// ahead of Gladly's would otherwise skip the events in between.
			const probe = await readEvents(
				this,
				entities,
				now - SAMPLE_WINDOW_MS,
				now - SAMPLE_WINDOW_MS + 1_000,
			);
			const providerNow = probe.providerNow ?? Date.now();
			writeCursor(this, {
				since: new Date(providerNow - SETTLE_MS).toISOString(),
				recent: [],
				skewMs: providerNow - Date.now(),
			});
			return null;
		}
		// Windows follow Gladly's clock: n8n's now plus the offset seen on the last answer's Date header.
		const skewMs = Number(cursor.skewMs) || 0;
		const endMs = now + skewMs - SETTLE_MS;
		const sinceMs = Date.parse(cursor.since);
		if (endMs <= sinceMs) return null;
		// Re-read a short overlap before the cursor for events that showed up late; ids drop repeats.
		const startMs = clampStart(this, sinceMs - OVERLAP_MS, now + skewMs);
		const { events, providerNow } = await readEvents(this, entities, startMs, endMs);
		// If Gladly's clock turned out to be behind the estimate, the part of the window it has not
		// settled yet is read again next time (the cursor stops at Gladly's now minus the settle time).
		const settledMs =
			providerNow === undefined
				? endMs
				: Math.max(sinceMs, Math.min(endMs, providerNow - SETTLE_MS));
		const known = new Set(cursor.recent ?? []);
		const fresh = events.filter((event) => !known.has(event.id));
		// Every id the next read can return again (it starts OVERLAP_MS before the new cursor), all of them.
		const recent = events
			.filter((event) => Date.parse(event.timestamp) >= settledMs - OVERLAP_MS)
			.map((event) => event.id);
		const items: IDataObject[] = fresh.filter(wanted);
		if (fetchFull)
			for (const [index, event] of items.entries())
				items[index] = {
					...event,
					...(await fetchFullObjects(this, (event.content as IDataObject) ?? {})),
				};
		const nextSkew = providerNow === undefined ? skewMs : providerNow - Date.now();
		writeCursor(this, { since: new Date(settledMs).toISOString(), recent, skewMs: nextSkew });
		return triggerItems(items);
	}
}
