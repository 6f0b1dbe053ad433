import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

import type { Item } from '../../../shared/kit';
import { parseWith, readJson } from '../../../shared/validate';
import { klassField, outputOptions } from '../../descriptions';
import { shapeOf } from '../../output';
import type { Shape } from '../../output';
import { sendRecord } from '../common';

/** Records per bulk request, and a body size safely under Kustomer's 100 KB limit. */
export const BULK_MAX_RECORDS = 100;
export const BULK_MAX_BYTES = 90 * 1024;

const PATHS: Record<string, string> = {
	company: '/v1/companies/bulk',
	conversation: '/v1/conversations/bulk',
	customer: '/v1/customers/bulk',
	message: '/v1/messages/bulk',
	note: '/v1/notes/bulk',
};

const recordSchema = z.record(z.unknown());
const createSchema = z.array(recordSchema).min(1, 'needs at least one record');
const updateSchema = z
	.array(recordSchema.and(z.object({ id: z.string().min(1, 'each record needs its id') })))
	.min(1, 'needs at least one record');

/** Splits records into batches of at most 100 records and about 90 KB of JSON each. */
export function batches(records: IDataObject[]): IDataObject[][] {
	const out: IDataObject[][] = [];
	let current: IDataObject[] = [];
	let size = 2;
	for (const record of records) {
		const bytes = Buffer.byteLength(JSON.stringify(record)) + 1;
		const full = current.length >= BULK_MAX_RECORDS || size + bytes > BULK_MAX_BYTES;
		if (current.length && full) {
			out.push(current);
			current = [];
			size = 2;
		}
		current.push(record);
		size += bytes;
	}
	if (current.length) out.push(current);
	return out;
}

/** The fields of Bulk › Create and Bulk › Update; `example` shows the records expected. */
export function bulkFields(example: string): INodeProperties[] {
	return [
		{
			displayName: 'Object Type',
			name: 'objectType',
			type: 'options',
			default: 'customer',
			options: [
				{ name: 'Company', value: 'company' },
				{ name: 'Conversation', value: 'conversation' },
				{ name: 'Custom Object', value: 'customObject' },
				{ name: 'Customer', value: 'customer' },
				{ name: 'Message', value: 'message' },
				{ name: 'Note', value: 'note' },
			],
		},
		{ ...klassField, displayOptions: { show: { objectType: ['customObject'] } } },
		{
			displayName: 'Records (JSON)',
			name: 'records',
			type: 'json',
			required: true,
			default: '[]',
			description: example,
		},
		outputOptions(),
	];
}

export interface BulkInput {
	path: string;
	records: IDataObject[];
	shape: Shape;
}

/** The bulk endpoint of the Object Type and the records, checked (each with its id for Update). */
export function readBulk(item: Item, operation: 'create' | 'update'): BulkInput {
	const type = item.string('objectType', 'Object Type', { fallback: 'customer' });
	const path =
		type === 'customObject'
			? `/v1/klasses/${item.id('klass', 'Custom Object Type').path}/bulk`
			: PATHS[type];
	if (!path) throw item.fail('Object Type', `"${type}" is not supported`);
	const { node, index } = item;
	const raw = readJson(node, item.raw('records', '[]'), 'Records (JSON)', index);
	const schema = (operation === 'create' ? createSchema : updateSchema) as z.ZodType<IDataObject[]>;
	const records = parseWith(node, schema, raw, 'Records (JSON)', index);
	return { path, records, shape: shapeOf(item, 'record') };
}

/** Sends the records in batches (100 records / 90 KB each); one output record per bulk job. */
export async function sendBulk(
	item: Item,
	operation: 'create' | 'update',
	{ path, records, shape }: BulkInput,
): Promise<IDataObject[]> {
	const jobs = [];
	for (const batch of batches(records)) {
		const ids = batch.map((record) => record.id).join(',');
		const qs = operation === 'update' ? { ids } : undefined;
		const method = operation === 'create' ? 'POST' : 'PUT';
		jobs.push(shape(await sendRecord(item, method, path, batch, qs)));
	}
	return jobs;
}
