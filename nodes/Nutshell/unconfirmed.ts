import type { IDataObject } from 'n8n-workflow';

import type { PatchOperation } from './transport';

/**
 * Everything here is UNCONFIRMED against a live Nutshell account: the public REST documentation
 * (https://developers.nutshell.com/reference) is silent or contradicts what its clients send. It is kept in
 * this one file so it can be corrected in one place; the sandbox accepts exactly these shapes.
 */

/** Won / lost / cancelled: `POST /rest/leads/{id}/status` with the outcome id (outcomes carry the status). */
export function leadStatusRequest(
	leadIdPath: string,
	outcomeId: string,
	competitorMaps: string[],
	productMaps: IDataObject[],
): { path: string; body: IDataObject } {
	const body: IDataObject = { outcomeId };
	if (competitorMaps.length) body.competitorMaps = competitorMaps;
	if (productMaps.length) body.productMaps = productMaps;
	return { path: `/leads/${leadIdPath}/status`, body };
}

/** Stage move: REST has no set-stage endpoint, so the lead's stage link is replaced by JSON Patch. */
export function stageMovePatch(stageId: string): PatchOperation {
	return { op: 'replace', path: '/leads/0/links/stage', value: stageId };
}

/** RFC 6901 escaping of one JSON Pointer segment. */
export function pointerSegment(name: string): string {
	return name.replace(/~/g, '~0').replace(/\//g, '~1');
}

/**
 * Custom field update path. The spec says `/<entity>/0/<name>`, a peer ships
 * `/<entity>/0/customFields/<name>`; this uses the latter, the form a working client sends.
 */
export function customFieldPatch(plural: string, name: string, value: string): PatchOperation {
	return { op: 'replace', path: `/${plural}/0/customFields/${pointerSegment(name)}`, value };
}

/** Lead due time on create/update: the spec types it as the time object, of which `timestamp` is sent. */
export function leadDueTime(unixSeconds: number): IDataObject {
	return { timestamp: unixSeconds };
}

/** Legacy JSON-RPC methods used where REST has nothing. */
export const RPC_METHODS = {
	/** Teams: REST has no /teams endpoint. Paged with a 1-based `page` and `limit`. */
	findTeams: 'findTeams',
	/** Cross-entity lookup by email (people, companies, users). Param `emailAddressString`. */
	searchByEmail: 'searchByEmail',
} as const;

/** The three ways a lead closes; an outcome (close reason) carries one of them. */
export type LeadOutcomeKind = 'won' | 'lost' | 'cancelled';

/** JSON-RPC's lead status codes (10 won, 11 lost, 12 cancelled); REST's own values are not documented. */
const STATUS_CODES: Record<string, LeadOutcomeKind> = { 10: 'won', 11: 'lost', 12: 'cancelled' };

/**
 * Won, lost or cancelled, from a status value as Nutshell may give it: a word in any case
 * ("won", "Lost", "canceled"), a JSON-RPC status code, or an object holding one (`{value, name}`).
 */
export function outcomeKindOf(value: unknown): LeadOutcomeKind | undefined {
	if (value && typeof value === 'object' && !Array.isArray(value)) {
		const shaped = value as IDataObject;
		return (
			outcomeKindOf(shaped.value) ?? outcomeKindOf(shaped.name) ?? outcomeKindOf(shaped.status)
		);
	}
	if (typeof value !== 'string' && typeof value !== 'number') return undefined;
	const text = String(value).trim().toLowerCase();
	if (STATUS_CODES[text]) return STATUS_CODES[text];
	if (text === 'won') return 'won';
	if (text === 'lost') return 'lost';
	if (text === 'cancelled' || text === 'canceled') return 'cancelled';
	return undefined;
}

/** What an outcome record (`GET /outcomes/{id}`: `{id, name, status, type}`) closes a lead as. */
export function outcomeKind(outcome: IDataObject): LeadOutcomeKind | undefined {
	return outcomeKindOf(outcome.status) ?? outcomeKindOf(outcome.type);
}

/**
 * Whether a change-log event is a lead closing, and as what. Nutshell documents only the `create` and
 * `stagechange` actions, so a closing is read from either a change of the lead's `status` (or
 * `outcome`) to won / lost / cancelled, or the `status` action; the outcome then comes from the change,
 * else from the changed lead sent with the event. `outcome` undefined with `closing` true: the event
 * does not say, and the lead must be read to know.
 */
export function leadClosing(
	event: IDataObject,
	lead: IDataObject | null | undefined,
): { closing: boolean; outcome?: LeadOutcomeKind } {
	if (event.payloadType !== 'leads') return { closing: false };
	const changes = Array.isArray(event.changes) ? (event.changes as IDataObject[]) : [];
	for (const change of changes) {
		if (!change || !['status', 'outcome'].includes(String(change.attribute))) continue;
		const outcome = outcomeKindOf(change.newValue);
		if (outcome) return { closing: true, outcome };
	}
	if (event.action !== 'status') return { closing: false };
	return { closing: true, outcome: lead ? outcomeKindOf(lead.status) : undefined };
}

/**
 * A product on an existing lead: REST has no create for product maps, so the map is added to the
 * lead's `productMaps` link by JSON Patch (the lead create takes the same map objects there).
 */
export function addProductMapPatch(map: IDataObject): PatchOperation {
	return { op: 'add', path: '/leads/0/links/productMaps/-', value: map as unknown as string };
}

/** A competitor on an existing lead: REST has no create for competitor maps; the link is added. */
export function addCompetitorPatch(competitorId: string): PatchOperation {
	return { op: 'add', path: '/leads/0/links/competitors/-', value: competitorId };
}

/**
 * Patch paths of a product map (`PATCH /productmaps/{id}`) and a competitor map; the document declares a
 * JSON Patch array without examples, so the paths follow the lead's (`/<plural>/0/<field>`).
 */
export function mapFieldPatch(
	plural: 'productMaps' | 'competitorMaps',
	field: string,
	value: unknown,
): PatchOperation {
	return { op: 'replace', path: `/${plural}/0/${field}`, value: value as string };
}

/** Product maps are deleted at `/productMaps/{id}` (capital M), as the document spells that path only. */
export const PRODUCT_MAP_DELETE_PATH = '/productMaps';

/**
 * Custom field types for `POST /<entity>/customfield`. The document names no values; these are the
 * field types of Nutshell's app, spelled as a client that creates them sends them. Email, location,
 * phone and URL fields exist only on leads (the document says so).
 */
export const CUSTOM_FIELD_TYPES = [
	{ name: 'Currency', value: 'Currency' },
	{ name: 'Date', value: 'Date' },
	{ name: 'Decision (Yes/No)', value: 'Decision' },
	{ name: 'Dropdown (Enum)', value: 'Enum' },
	{ name: 'Email (Leads Only)', value: 'Email' },
	{ name: 'Location (Leads Only)', value: 'Location' },
	{ name: 'Long Text', value: 'LongText' },
	{ name: 'Number', value: 'Number' },
	{ name: 'Phone (Leads Only)', value: 'Phone' },
	{ name: 'Text', value: 'Text' },
	{ name: 'URL (Leads Only)', value: 'URL' },
] as const;
export const LEAD_ONLY_FIELD_TYPES = ['Email', 'Location', 'Phone', 'URL'];

/**
 * Invoices are sales documents with quote ids in Nutshell's examples (`789-quotes`); a bare number is
 * completed that way, and an id written `789-invoices` is passed on as it is.
 */
export const INVOICE_ID_TYPE = 'quotes';
