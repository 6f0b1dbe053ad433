import type { IDataObject, IExecuteFunctions, IHttpRequestMethods, INode, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { describeOperation, returnAllOrLimit, simplifyField } from '../../shared/descriptions';

import { idSegment } from '../../shared/ids';
import { inputError } from '../../shared/errors';
import type { OperationModule } from '../../shared/router';
import { isoDateSchema, parseWith } from '../../shared/validate';
import { concurrencyListOption, conversationLocator, customerLocator, includeArchivedOption, outputOptions, updatedSinceOption } from '../descriptions';
import { emit } from '../output';
import { collection, param } from '../params';
import type { OutputKind } from '../output';
import { searchUpdatedSince } from '../search';
import { dataOf, kustomerListing, kustomerRequest } from '../transport';
import type { JsonApiResource } from '../transport';

/** A locator or plain ID parameter as one safe path segment. */
export function idParam(context: IExecuteFunctions, parameter: string, label: string, itemIndex: number): string {
	return idSegment(context.getNode(), context.getNodeParameter(parameter, itemIndex, '', { extractValue: true }), label, itemIndex);
}

/** Sends one request and returns the record in `data`. */
export async function sendRecord(
	context: IExecuteFunctions,
	itemIndex: number,
	method: IHttpRequestMethods,
	path: string,
	body?: unknown,
	qs?: IDataObject,
): Promise<JsonApiResource> {
	// Kustomer's PATCH merges the attributes sent, so repeating it yields the same record: safe to retry.
	const idempotent = method === 'PATCH' ? true : undefined;
	const response = await kustomerRequest.call(context, method, path, { body, qs, itemIndex, idempotent });
	return dataOf(response.body);
}

/** GET one record and emit it. */
export async function getAndEmit(context: IExecuteFunctions, itemIndex: number, path: string, kind: OutputKind): Promise<INodeExecutionData[]> {
	return emit(context, itemIndex, kind, await sendRecord(context, itemIndex, 'GET', path));
}

/** Return All / Limit from the operation's fields. */
export function pagingParams(context: IExecuteFunctions, itemIndex: number): { returnAll: boolean; limit: number } {
	return {
		returnAll: param(context, 'returnAll', itemIndex, false),
		limit: param(context, 'limit', itemIndex, 50),
	};
}

/** An ISO 8601 date (validated, normalised to UTC); names the parameter when it is not one. */
export function isoDate(node: INode, value: unknown, label: string, itemIndex: number): string {
	return new Date(Date.parse(parseWith(node, isoDateSchema, String(value), label, itemIndex))).toISOString();
}

/** A validated ISO date from a collection entry, or undefined when empty. */
export function dateOption(context: IExecuteFunctions, itemIndex: number, value: unknown, label: string): string | undefined {
	if (value === '' || value === undefined || value === null) return undefined;
	return isoDate(context.getNode(), value, label, itemIndex);
}

export interface ListSpec {
	path: string;
	kind: OutputKind;
	qs?: IDataObject;
	pageSize?: number;
	/** Search context for Updated Since and for Return All past the 10,000-record cap. */
	queryContext?: string;
	/** Extra search criteria matching `path` (e.g. the customer of a customer's conversations). */
	searchAnd?: IDataObject[];
}

/**
 * A Get Many: the plain list, or (Options › Updated Since) search sorted by `updatedAt` ascending.
 * Return All past Kustomer's 10,000-record listing cap continues through search, so every record is
 * returned exactly once.
 */
export async function listAndEmit(context: IExecuteFunctions, itemIndex: number, spec: ListSpec): Promise<INodeExecutionData[]> {
	const { returnAll, limit } = pagingParams(context, itemIndex);
	const options = collection(context, 'options', itemIndex);
	const since = spec.queryContext ? dateOption(context, itemIndex, options.updatedSince, 'Updated Since') : undefined;
	const includeArchived = options.includeArchived === true;
	const viaSearch = (start?: string) =>
		searchUpdatedSince.call(context, { queryContext: spec.queryContext!, since: start, and: spec.searchAnd, includeArchived, returnAll, limit, itemIndex });
	if (since !== undefined) return emit(context, itemIndex, spec.kind, await viaSearch(since));
	const listing = await kustomerListing.call(context, spec.path, {
		qs: spec.qs,
		returnAll,
		limit,
		pageSize: spec.pageSize,
		itemIndex,
		stopEarlyPastCap: returnAll && spec.queryContext !== undefined,
	});
	if (!listing.capped || !spec.queryContext) return emit(context, itemIndex, spec.kind, listing.records);
	const seen = new Set(listing.records.map((record) => record.id));
	const rest = (await viaSearch()).filter((record) => !seen.has(record.id));
	const all = [...listing.records, ...rest];
	return emit(context, itemIndex, spec.kind, returnAll ? all : all.slice(0, limit));
}

/** Refuses a body with nothing to change, before anything is sent. */
export function requireChanges(context: IExecuteFunctions, body: IDataObject, parameter: string, itemIndex: number): IDataObject {
	if (Object.keys(body).length === 0) throw inputError(context.getNode(), parameter, 'is empty: add at least one field to change', itemIndex);
	return body;
}

export interface ListOperationSpec {
	resource: string;
	operation: string;
	/** Fields before Return All (e.g. the parent's locator). */
	fields?: INodeProperties[];
	/** Offer Simplify (customer, conversation and message output). */
	simplify?: boolean;
	/** Offer Updated Since / Include Archived (lists that have a search context). */
	incremental?: boolean;
	maxPageSize?: number;
	build: (context: IExecuteFunctions, itemIndex: number) => ListSpec;
}

/** A Get Many operation module (description + execute) from its list spec. */
export function listOperation(spec: ListOperationSpec): OperationModule {
	const options = spec.incremental ? [updatedSinceOption, includeArchivedOption, concurrencyListOption] : [concurrencyListOption];
	const properties: INodeProperties[] = [
		...(spec.fields ?? []),
		...returnAllOrLimit(),
		...(spec.simplify ? [simplifyField] : []),
		outputOptions(options),
	];
	return {
		description: describeOperation(spec.resource, spec.operation, properties),
		async execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
			return await listAndEmit(this, itemIndex, { pageSize: spec.maxPageSize, ...spec.build(this, itemIndex) });
		},
	};
}

/** A locator or ID parameter, validated like a path segment, as the plain ID (for request bodies). */
export function idValue(context: IExecuteFunctions, parameter: string, label: string, itemIndex: number): string {
	return decodeURIComponent(idParam(context, parameter, label, itemIndex));
}

/** Get Many of messages or notes: of a conversation, of a customer, or of the whole org. */
export function scopedListOperation(resource: 'message' | 'note', simplify: boolean): OperationModule {
	const plural = `${resource}s`;
	const kind: OutputKind = resource === 'message' ? 'message' : 'record';
	return listOperation({
		resource,
		operation: 'getMany',
		simplify,
		fields: [
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
		],
		build: (context, itemIndex) => {
			const scope = param(context, 'scope', itemIndex, 'conversation');
			if (scope === 'customer') return { path: `/v1/customers/${idParam(context, 'customerId', 'Customer', itemIndex)}/${plural}`, kind };
			if (scope === 'all') return { path: `/v1/${plural}`, kind };
			return { path: `/v1/conversations/${idParam(context, 'conversationId', 'Conversation', itemIndex)}/${plural}`, kind };
		},
	});
}
