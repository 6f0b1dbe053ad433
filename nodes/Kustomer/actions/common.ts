import type { IDataObject, IHttpRequestMethods, INodeProperties } from 'n8n-workflow';

import { returnAllOrLimit, simplifyField } from '../../shared/descriptions';
import { compact as compactAll } from '../../shared/kit';
import type { Item } from '../../shared/kit';
import { isoDateSchema, parseWith } from '../../shared/validate';
import {
	concurrencyListOption,
	conversationLocator,
	createdSinceOption,
	customerLocator,
	includeArchivedOption,
	outputOptions,
	updatedSinceOption,
} from '../descriptions';
import { shapeOf } from '../output';
import type { OutputKind, Shape } from '../output';
import { searchUpdatedSince } from '../search';
import type { TimeBasis } from '../search';
import { DEFAULT_CONCURRENCY, dataOf, kustomerListing, kustomerRequest } from '../transport';
import type { JsonApiResource } from '../transport';

/**
 * A record without unset fields; Kustomer would clear an attribute sent as null, so null is
 * dropped.
 */
export const compact = (record: IDataObject): IDataObject => compactAll(record, { dropNull: true });

/** Sends one request and returns the record in `data`. */
export async function sendRecord(
	item: Item,
	method: IHttpRequestMethods,
	path: string,
	body?: unknown,
	qs?: IDataObject,
): Promise<JsonApiResource> {
	// Kustomer's PATCH merges the attributes sent, so repeating it yields the same record: safe to
	// retry.
	const idempotent = method === 'PATCH' ? true : undefined;
	const response = await kustomerRequest(item, method, path, { body, qs, idempotent });
	return dataOf(response.body);
}

/** An ISO 8601 date (validated, normalised to UTC); names the parameter when it is not one. */
export function isoDate(item: Item, value: unknown, label: string): string {
	const text = parseWith(item.node, isoDateSchema, String(value), label, item.index);
	return new Date(Date.parse(text)).toISOString();
}

/** A validated ISO date from a collection entry, or undefined when empty. */
export function dateOption(item: Item, value: unknown, label: string): string | undefined {
	if (value === '' || value === undefined || value === null) return undefined;
	return isoDate(item, value, label);
}

/** Refuses a body with nothing to change, before anything is sent. */
export function requireChanges(item: Item, body: IDataObject, parameter: string): IDataObject {
	if (Object.keys(body).length === 0) {
		throw item.fail(parameter, 'is empty: add at least one field to change');
	}
	return body;
}

/** What a Get Many lists: the path and how its records are output. */
export interface ListTarget {
	path: string;
	kind: OutputKind;
	qs?: IDataObject;
	pageSize?: number;
	/** Search context for Updated Since and for Return All past the 10,000-record cap. */
	queryContext?: string;
	/** Extra search criteria matching `path` (e.g. the customer of a customer's conversations). */
	searchAnd?: IDataObject[];
}

/** A Get Many as read from the item: its target, Return All / Limit and its Options. */
export interface ListInput extends ListTarget {
	/** Undefined: Return All. */
	limit: number | undefined;
	/** Options › Updated Since or Created Since: read through search from this time. */
	since?: string;
	basis: TimeBasis;
	includeArchived: boolean;
	concurrency: number;
	shape: Shape;
}

/**
 * The fields of a Get Many: the operation's own fields, Return All / Limit, Simplify (customer,
 * conversation and message output), and Options (Updated Since / Include Archived for lists that
 * have a search context, Concurrency, Raw Data).
 */
export function listFields(
	options: { fields?: INodeProperties[]; simplify?: boolean; incremental?: boolean } = {},
): INodeProperties[] {
	const extra = options.incremental
		? [updatedSinceOption, createdSinceOption, includeArchivedOption, concurrencyListOption]
		: [concurrencyListOption];
	return [
		...(options.fields ?? []),
		...returnAllOrLimit(),
		...(options.simplify ? [simplifyField] : []),
		outputOptions(extra),
	];
}

/** Reads the paging and Options of a Get Many for `target`. */
export function readList(item: Item, target: ListTarget): ListInput {
	const options = item.collection('options');
	const updated = target.queryContext
		? dateOption(item, options.updatedSince, 'Updated Since')
		: undefined;
	const created = target.queryContext
		? dateOption(item, options.createdSince, 'Created Since')
		: undefined;
	if (updated !== undefined && created !== undefined)
		throw item.fail('Created Since', 'cannot be combined with Updated Since: set one of the two');
	return {
		...target,
		limit: item.limit(),
		since: updated ?? created,
		basis: created !== undefined ? 'created' : 'updated',
		includeArchived: options.includeArchived === true,
		concurrency: item.concurrency(DEFAULT_CONCURRENCY),
		shape: shapeOf(item, target.kind),
	};
}

/**
 * A Get Many: the plain list, or (Options › Updated Since / Created Since) search sorted by that
 * time ascending.
 * Return All past Kustomer's 10,000-record listing cap continues through search, so every record is
 * returned exactly once.
 */
export async function runList(item: Item, input: ListInput): Promise<IDataObject[]> {
	const { limit, includeArchived, queryContext } = input;
	const returnAll = limit === undefined;
	const viaSearch = async (since?: string, basis?: TimeBasis) =>
		await searchUpdatedSince(item, {
			queryContext: queryContext!,
			since,
			basis,
			and: input.searchAnd,
			includeArchived,
			returnAll,
			limit,
		});
	if (input.since !== undefined)
		return (await viaSearch(input.since, input.basis)).map(input.shape);
	const listing = await kustomerListing(item, input.path, {
		qs: input.qs,
		returnAll,
		limit,
		pageSize: input.pageSize,
		concurrency: input.concurrency,
		stopEarlyPastCap: returnAll && queryContext !== undefined,
	});
	if (!listing.capped || !queryContext) return listing.records.map(input.shape);
	const seen = new Set(listing.records.map((record) => record.id));
	const rest = (await viaSearch()).filter((record) => !seen.has(record.id));
	const all = [...listing.records, ...rest];
	return (returnAll ? all : all.slice(0, limit)).map(input.shape);
}

/** The "Messages Of" / "Notes Of" fields of a Get Many of messages or notes. */
export function scopeFields(resource: 'message' | 'note'): INodeProperties[] {
	return [
		{
			displayName: `${resource === 'message' ? 'Messages' : 'Notes'} Of`,
			name: 'scope',
			type: 'options',
			noDataExpression: true,
			default: 'conversation',
			options: [
				{ name: 'A Conversation', value: 'conversation' },
				{ name: 'A Customer', value: 'customer' },
				{ name: 'All Conversations', value: 'all' },
			],
		},
		conversationLocator({ displayOptions: { show: { scope: ['conversation'] } } }),
		customerLocator({ displayOptions: { show: { scope: ['customer'] } } }),
	];
}

/**
 * What a Get Many of messages or notes reads: the list of a conversation, of a customer, or of the
 * whole org, with the matching search (`message` / `note` context) for Updated Since / Created Since.
 */
export function scopedTarget(item: Item, kind: 'message' | 'note'): ListTarget {
	const plural = kind === 'message' ? 'messages' : 'notes';
	const output: OutputKind = kind === 'message' ? 'message' : 'record';
	const scope = item.string('scope', 'Scope', { fallback: 'conversation' });
	if (scope === 'all') return { path: `/v1/${plural}`, kind: output, queryContext: kind };
	const parent =
		scope === 'customer'
			? { id: item.id('customerId', 'Customer'), segment: 'customers', relation: 'customer' }
			: {
					id: item.id('conversationId', 'Conversation'),
					segment: 'conversations',
					relation: 'conversation',
				};
	return {
		path: `/v1/${parent.segment}/${parent.id.path}/${plural}`,
		kind: output,
		queryContext: kind,
		searchAnd: [{ [`${kind}_${parent.relation}`]: { equals: parent.id.raw } }],
	};
}
