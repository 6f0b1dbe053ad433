import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { toItems } from '../shared/router';
import { option, param } from './params';
import { simplify } from '../shared/simplify';
import { flatten } from './transport';
import type { JsonApiResource } from './transport';

/** The fields Simplify keeps (at most 10), for the resources that offer Simplify. */
const SIMPLE_FIELDS: Record<string, string[]> = {
	customer: ['id', 'name', 'displayName', 'emails', 'phones', 'externalId', 'company', 'tags', 'updatedAt', 'custom'],
	conversation: ['id', 'name', 'status', 'priority', 'customer', 'assignedUsers', 'assignedTeams', 'tags', 'updatedAt', 'custom'],
	message: ['id', 'conversation', 'customer', 'channel', 'direction', 'preview', 'subject', 'status', 'createdAt', 'attachments'],
};

export type OutputKind = keyof typeof SIMPLE_FIELDS | 'record';

/** Options › Raw Data: Kustomer's JSON:API resource, unchanged. */
export const rawDataOption: INodeProperties = {
	displayName: 'Raw Data',
	name: 'rawData',
	type: 'boolean',
	default: false,
	description: "Whether to return Kustomer's JSON:API resource unchanged (type, ID, attributes, relationships) instead of flattened attributes",
};

/** How records of one input item are shaped; read once per item, not once per record. */
function recordShaper(context: IExecuteFunctions, itemIndex: number, kind: OutputKind): (record: JsonApiResource) => IDataObject {
	if (option(context, itemIndex, 'rawData', false)) return (record) => record;
	const fields = SIMPLE_FIELDS[kind];
	if (fields && param(context, 'simple', itemIndex, true)) return (record) => simplify(flatten(record), fields);
	return flatten;
}

/**
 * One record as output: raw JSON:API (Options › Raw Data), Simplify's ten fields (customer,
 * conversation, message), or every attribute flattened next to `id` with related ids.
 */
export function shapeRecord(context: IExecuteFunctions, itemIndex: number, kind: OutputKind, record: JsonApiResource): IDataObject {
	return recordShaper(context, itemIndex, kind)(record);
}

export function emit(
	context: IExecuteFunctions,
	itemIndex: number,
	kind: OutputKind,
	records: JsonApiResource | JsonApiResource[] | undefined,
): INodeExecutionData[] {
	if (records === undefined) return [];
	const list = Array.isArray(records) ? records : [records];
	return toItems(list.map(recordShaper(context, itemIndex, kind)), itemIndex);
}

/** The one item a delete (or another call without a body) answers. */
export function done(itemIndex: number, json: IDataObject = { deleted: true }): INodeExecutionData[] {
	return toItems(json, itemIndex);
}
