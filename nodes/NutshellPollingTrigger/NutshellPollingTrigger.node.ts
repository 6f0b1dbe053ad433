import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, INodeExecutionData, INodeType, INodeTypeDescription, IPollFunctions } from 'n8n-workflow';

import { optionsCollection, pollingTriggerBase } from '../shared/trigger/describe';
import { drain, isManual, readCursor, triggerItems, writeCursor } from '../shared/trigger/poll';
import { changesStep, deletionsSince, fetchEntity, newestEvent } from './changes';
import type { ChangeCursor } from './changes';
import { ENTITY_OPTIONS, actionsOption, matches, numericId, withPayload } from './events';
import type { EventFilter } from './events';

interface Options {
	actions?: string[];
	includeDeleted?: boolean;
	fetchFull?: boolean;
}

export class NutshellPollingTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Nutshell Polling Trigger',
		name: 'nutshellPollingTrigger',
		icon: { light: 'file:../../icons/nutshell.svg', dark: 'file:../../icons/nutshell.dark.svg' },
		...pollingTriggerBase,
		subtitle: '={{$parameter["entities"].join(", ")}}',
		description: "Starts the workflow on new or changed Nutshell leads, people, companies, activities and notes, read from Nutshell's change log on a schedule",
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
					description: "Whether to read each changed record again (one request per event) instead of using the copy in Nutshell's change log",
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
		if (entities.length === 0) throw new NodeOperationError(this.getNode(), "No record kind chosen in 'Trigger On'", { description: 'Choose at least one.' });
		const options = this.getNodeParameter('options', {}) as Options;
		const filter: EventFilter = { entities, actions: options.actions ?? [] };

		if (isManual(this)) {
			const { events, payloads } = await newestEvent(this, entities);
			return triggerItems(events.slice(0, 1).map((event) => withPayload(event, payloads)));
		}

		const stored = readCursor<ChangeCursor>(this);
		if (!stored) {
			// First activation: start after the newest change, so history is not replayed.
			const newest = (await newestEvent(this, [])).events[0];
			let deletedSinceId = numericId(newest?.id);
			if (options.includeDeleted) for (const type of entities) for (const event of await deletionsSince(this, type, 0)) deletedSinceId = Math.max(deletedSinceId, numericId(event.id));
			writeCursor(this, { sinceId: newest?.id ?? '0', deletedSinceId: String(deletedSinceId) });
			return null;
		}

		const state = { cursor: stored };
		const changes = await drain(this, changesStep(this, entities, state));
		const items: IDataObject[] = [];
		for (const { event, payloads } of changes) {
			if (!matches(event, filter)) continue;
			const item = withPayload(event, payloads);
			if (options.fetchFull) item.payload = await fetchEntity(this, event);
			items.push(item);
		}
		if (options.includeDeleted) {
			const after = numericId(state.cursor.deletedSinceId ?? state.cursor.sinceId);
			const deleted = (await Promise.all(entities.map(async (type) => await deletionsSince(this, type, after)))).flat().sort((a, b) => numericId(a.id) - numericId(b.id));
			for (const event of deleted) items.push({ ...event, payload: null });
			if (deleted.length) state.cursor = { ...state.cursor, deletedSinceId: deleted[deleted.length - 1].id };
		}
		writeCursor(this, state.cursor);
		return triggerItems(items);
	}
}
