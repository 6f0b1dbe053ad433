/** Nutshell's change log as both Nutshell triggers read it: the event model, the filters and their options. */
import type { IDataObject, INodeProperties } from 'n8n-workflow';

/** One change of Nutshell's change log (`/rest/events`, also the body of its webhooks). */
export interface NutshellEvent extends IDataObject {
	id: string;
	createdTime?: number;
	payloadType?: string;
	action?: string;
	links?: { payloads?: string[] } & IDataObject;
}

export const ENTITY_OPTIONS = [
	{ name: 'Activities', value: 'activities' },
	{ name: 'Companies', value: 'accounts' },
	{ name: 'Leads', value: 'leads' },
	{ name: 'Notes', value: 'notes' },
	{ name: 'People', value: 'contacts' },
];

/** `action` values; only `create` and `stagechange` are confirmed by Nutshell's examples, the rest are UNCONFIRMED. */
export const ACTION_OPTIONS = [
	{ name: 'Created', value: 'create' },
	{ name: 'Reopened', value: 'reopen' },
	{ name: 'Restored', value: 'undelete' },
	{ name: 'Stage Changed', value: 'stagechange' },
	{ name: 'Updated', value: 'update' },
	{ name: 'Won, Lost or Cancelled', value: 'status' },
];

export function actionsOption(): INodeProperties {
	return {
		displayName: 'Actions',
		name: 'actions',
		type: 'multiOptions',
		options: ACTION_OPTIONS,
		default: [],
		description: 'Emit only these kinds of change (empty: every change)',
	};
}

/** Numeric part of a Nutshell id such as `163-events`. */
export function numericId(id: unknown): number {
	const value = parseInt(String(id ?? ''), 10);
	return Number.isFinite(value) ? value : 0;
}

export interface EventFilter {
	entities: string[];
	actions: string[];
}

export function matches(event: NutshellEvent, filter: EventFilter): boolean {
	return (
		(filter.entities.length === 0 || filter.entities.includes(String(event.payloadType))) &&
		(filter.actions.length === 0 || filter.actions.includes(String(event.action)))
	);
}

/** The event with the changed record it names (from the same response's `payloads`), as `payload`. */
export function withPayload(event: NutshellEvent, payloads: unknown): IDataObject {
	const id = event.links?.payloads?.[0];
	const list = Array.isArray(payloads) ? (payloads as IDataObject[]) : [];
	const payload = list.find((record) => record && record.id === id);
	return { ...event, payload: payload ?? null };
}
