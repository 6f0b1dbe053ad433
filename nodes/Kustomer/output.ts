import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { Item } from '../shared/kit';
import { simplify } from '../shared/simplify';
import { flatten } from './transport';
import type { JsonApiResource } from './transport';

/** The fields Simplify keeps (at most 10), for the resources that offer Simplify. */
const SIMPLE_FIELDS: Record<string, string[]> = {
	customer: [
		'id',
		'name',
		'displayName',
		'emails',
		'phones',
		'externalId',
		'company',
		'tags',
		'updatedAt',
		'custom',
	],
	conversation: [
		'id',
		'name',
		'status',
		'priority',
		'customer',
		'assignedUsers',
		'assignedTeams',
		'tags',
		'updatedAt',
		'custom',
	],
	message: [
		'id',
		'conversation',
		'customer',
		'channel',
		'direction',
		'preview',
		'subject',
		'status',
		'createdAt',
		'attachments',
	],
};

export type OutputKind = keyof typeof SIMPLE_FIELDS | 'record';

/** Options › Raw Data: Kustomer's JSON:API resource, unchanged. */
export const rawDataOption: INodeProperties = {
	displayName: 'Raw Data',
	name: 'rawData',
	type: 'boolean',
	default: false,
	description:
		"Whether to return Kustomer's JSON:API resource unchanged (type, ID, attributes, " +
		'relationships) instead of flattened attributes',
};

/** How the records of one input item are output. */
export type Shape = (record: JsonApiResource) => IDataObject;

/**
 * The item's output shape, read once in `input`: raw JSON:API (Options › Raw Data), Simplify's ten
 * fields (customer, conversation, message), or every attribute flattened next to `id` with related
 * ids.
 */
export function shapeOf(item: Item, kind: OutputKind): Shape {
	if (item.collection('options').rawData === true) return (record) => record;
	const fields = SIMPLE_FIELDS[kind];
	if (fields && item.boolean('simple', true)) return (record) => simplify(flatten(record), fields);
	return flatten;
}
