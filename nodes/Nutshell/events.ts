/** Nutshell's change log as both Nutshell triggers read it: the event model, the filters and their options. */
import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { leadClosing } from './unconfirmed';
import type { LeadOutcomeKind } from './unconfirmed';

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
	{ name: 'Lead Cancelled', value: 'cancelled', description: 'A lead closed as cancelled' },
	{ name: 'Lead Lost', value: 'lost', description: 'A lead closed as lost' },
	{ name: 'Lead Won', value: 'won', description: 'A lead closed as won' },
	{ name: 'Reopened', value: 'reopen' },
	{ name: 'Restored', value: 'undelete' },
	{ name: 'Stage Changed', value: 'stagechange' },
	{ name: 'Updated', value: 'update' },
	{ name: 'Won, Lost or Cancelled', value: 'status' },
];

/** Kinds of change that are a lead's closing as won, lost or cancelled (not `action` values). */
export const OUTCOME_ACTIONS: readonly string[] = ['won', 'lost', 'cancelled'];

export function actionsOption(): INodeProperties {
	return {
		displayName: 'Actions',
		name: 'actions',
		type: 'multiOptions',
		options: ACTION_OPTIONS,
		default: [],
		description:
			'Emit only these kinds of change (empty: every change). Lead Won, Lead Lost and Lead Cancelled each emit only leads closed that way.',
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

/**
 * Whether the event passes the filter: `true`, `false`, or `'readLead'` when the filter asks for a
 * closing outcome (won / lost / cancelled) and the event is a closing that does not say which (the
 * lead must be read, then `outcomeMatches` decides). `payload` is the changed record sent with it.
 */
export function matches(
	event: NutshellEvent,
	filter: EventFilter,
	payload?: IDataObject | null,
): boolean | 'readLead' {
	if (filter.entities.length && !filter.entities.includes(String(event.payloadType))) return false;
	if (!filter.actions.length || filter.actions.includes(String(event.action))) return true;
	if (!filter.actions.some((action) => OUTCOME_ACTIONS.includes(action))) return false;
	const closing = leadClosing(event, payload);
	if (!closing.closing) return false;
	return closing.outcome ? filter.actions.includes(closing.outcome) : 'readLead';
}

/** For a closing read from the lead itself: whether its outcome is one the filter asks for. */
export function outcomeMatches(filter: EventFilter, outcome: LeadOutcomeKind | undefined): boolean {
	return outcome !== undefined && filter.actions.includes(outcome);
}

/** The changed record sent with the event (from the same response's `payloads`), or null. */
export function payloadOf(event: NutshellEvent, payloads: unknown): IDataObject | null {
	const id = event.links?.payloads?.[0];
	const list = Array.isArray(payloads) ? (payloads as IDataObject[]) : [];
	return list.find((record) => record && record.id === id) ?? null;
}

/** The event with the changed record it names (from the same response's `payloads`), as `payload`. */
export function withPayload(event: NutshellEvent, payloads: unknown): IDataObject {
	const payload = payloadOf(event, payloads);
	const closing = leadClosing(event, payload);
	return { ...event, payload, ...(closing.outcome ? { outcome: closing.outcome } : {}) };
}
