import { NodeOperationError } from 'n8n-workflow';
import type {
	IDataObject,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IPollFunctions,
} from 'n8n-workflow';

import { optionsCollection, pollingTriggerBase } from '../shared/trigger/describe';
import { drain, isManual, readCursor, triggerItems, writeCursor } from '../shared/trigger/poll';
import {
	changesStep,
	deletionsSince,
	fetchEntity,
	MAX_DELETION_PAGES,
	newestDeletion,
	newestEvent,
	PAGE_LIMIT,
} from './changes';
import type { ChangeCursor } from './changes';
import {
	ENTITY_OPTIONS,
	actionsOption,
	matches,
	numericId,
	outcomeMatches,
	withPayload,
} from '../Nutshell/events';
import { outcomeKindOf } from '../Nutshell/unconfirmed';
import type { EventFilter } from '../Nutshell/events';

interface Options {
	actions?: string[];
	includeDeleted?: boolean;
	fetchFull?: boolean;
}

/**
 * Deletions of each watched kind since its own cursor, oldest first. A kind whose list cannot be read
 * keeps its cursor (the next check reads it again) and holds back neither the other kinds nor the
 * changes.
 */
async function readDeletions(
	context: IPollFunctions,
	entities: string[],
	state: { cursor: ChangeCursor },
): Promise<IDataObject[]> {
	const since = { ...(state.cursor.deletedSince ?? {}) };
	const items: IDataObject[] = [];
	for (const type of entities) {
		let read;
		try {
			read = await deletionsSince(context, type, numericId(since[type] ?? state.cursor.sinceId));
		} catch (error) {
			context.logger.warn(
				`Nutshell Polling Trigger: could not read deleted ${type} (${(error as Error).message}); the next check tries again.`,
			);
			continue;
		}
		const deleted = read.events.sort((a, b) => numericId(a.id) - numericId(b.id));
		const warning = read.truncated
			? `More than ${MAX_DELETION_PAGES * PAGE_LIMIT} ${type} were deleted since the last check; only the newest ${MAX_DELETION_PAGES * PAGE_LIMIT} are emitted.`
			: undefined;
		if (warning) context.logger.warn(`Nutshell Polling Trigger: ${warning}`);
		for (const event of deleted)
			items.push({ ...event, payload: null, ...(warning ? { warning } : {}) });
		if (deleted.length) since[type] = deleted[deleted.length - 1].id;
	}
	state.cursor = { ...state.cursor, deletedSince: since };
	return items;
}

export class NutshellPollingTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Nutshell Polling Trigger',
		name: 'nutshellPollingTrigger',
		icon: { light: 'file:../../icons/nutshell.svg', dark: 'file:../../icons/nutshell.dark.svg' },
		...pollingTriggerBase,
		subtitle: '={{$parameter["entities"].join(", ")}}',
		description:
			"Starts the workflow on new or changed Nutshell leads, people, companies, activities and notes (or only leads won, lost or cancelled), read from Nutshell's change log on a schedule",
		defaults: { name: 'Nutshell Polling Trigger' },
		credentials: [{ name: 'nutshellApi', required: true }],
		properties: [
			{
				displayName: 'Trigger On',
				name: 'entities',
				type: 'multiOptions',
				required: true,
				options: ENTITY_OPTIONS,
				default: [],
				description: 'The kinds of records whose changes start the workflow',
			},
			optionsCollection([
				actionsOption(),
				{
					displayName: 'Fetch Full Record',
					name: 'fetchFull',
					type: 'boolean',
					default: false,
					description:
						"Whether to read each changed record again (one request per event) instead of using the copy in Nutshell's change log",
				},
				{
					displayName: 'Include Deleted',
					name: 'includeDeleted',
					type: 'boolean',
					default: false,
					description: 'Whether to also emit deletions (from the list of deleted records)',
				},
			]),
		],
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const entities = this.getNodeParameter('entities', []) as string[];
		if (entities.length === 0)
			throw new NodeOperationError(this.getNode(), "No record kind chosen in 'Trigger On'", {
				description: 'Choose at least one.',
			});
		const options = this.getNodeParameter('options', {}) as Options;
		const filter: EventFilter = { entities, actions: options.actions ?? [] };

		if (isManual(this)) {
			const { events, payloads } = await newestEvent(this, entities);
			return triggerItems(events.slice(0, 1).map((event) => withPayload(event, payloads)));
		}

		const stored = readCursor<ChangeCursor>(this);
		if (!stored) {
			// First activation: start after the newest change (and deletion), so history is not replayed.
			const newest = (await newestEvent(this, [])).events[0];
			const deletedSince: Record<string, string> = {};
			if (options.includeDeleted)
				for (const type of entities)
					deletedSince[type] = (await newestDeletion(this, type)) ?? newest?.id ?? '0';
			writeCursor(this, {
				sinceId: newest?.id ?? '0',
				...(options.includeDeleted ? { deletedSince } : {}),
			});
			return null;
		}

		const state = { cursor: stored };
		// A full walk may read pages out of id order (see changesStep): emit in id order.
		const changes = (await drain(this, changesStep(this, entities, state))).sort(
			(a, b) => numericId(a.event.id) - numericId(b.event.id),
		);
		const items: IDataObject[] = [];
		for (const { event, payloads } of changes) {
			const item = withPayload(event, payloads);
			const decision = matches(event, filter, item.payload as IDataObject | null);
			if (decision === false) continue;
			if (decision === 'readLead') {
				// A lead closed without saying how: read it. A lead that is gone cannot say (skipped); a
				// failed read fails this check, so the next one reads the same changes again.
				const lead = await fetchEntity(this, event);
				const outcome = lead ? outcomeKindOf(lead.status) : undefined;
				if (!outcomeMatches(filter, outcome)) continue;
				item.outcome = outcome;
				if (options.fetchFull) {
					item.payload = lead;
					items.push(item);
					continue;
				}
			}
			if (options.fetchFull) {
				// One record that cannot be read (403, 5xx, a timeout) must not hold back the others: its
				// item keeps the change log's copy and says what failed, like Gladly's Fetch Full Object.
				try {
					item.payload = await fetchEntity(this, event);
				} catch (error) {
					item.fetchError = `Could not fetch the full record: ${(error as Error).message}. The item carries the change log's copy.`;
				}
			}
			items.push(item);
		}
		if (options.includeDeleted) items.push(...(await readDeletions(this, entities, state)));
		writeCursor(this, state.cursor);
		return triggerItems(items);
	}
}
