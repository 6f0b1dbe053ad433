import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

import { describeOperation } from '../../../shared/descriptions';
import { inputError } from '../../../shared/errors';
import type { OperationModule } from '../../../shared/router';
import { parseWith, readJson } from '../../../shared/validate';
import { klassField, outputOptions } from '../../descriptions';
import { emit } from '../../output';
import { param } from '../../params';
import { idParam, sendRecord } from '../common';

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
const updateSchema = z.array(recordSchema.and(z.object({ id: z.string().min(1, 'each record needs its id') }))).min(1, 'needs at least one record');

/** Splits records into batches of at most 100 records and about 90 KB of JSON each. */
export function batches(records: IDataObject[]): IDataObject[][] {
	const out: IDataObject[][] = [];
	let current: IDataObject[] = [];
	let size = 2;
	for (const record of records) {
		const bytes = Buffer.byteLength(JSON.stringify(record)) + 1;
		if (current.length && (current.length >= BULK_MAX_RECORDS || size + bytes > BULK_MAX_BYTES)) {
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

function bulkOperation(operation: 'create' | 'update'): OperationModule {
	const properties: INodeProperties[] = [
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
			description:
				operation === 'create'
					? 'Array of flat records as Kustomer takes them, e.g. [{"name": "Jane", "emails": [{"email": "jane@example.com"}]}]'
					: 'Array of records to change, each with its "id", e.g. [{"id": "5f1e...", "name": "Jane Doe"}]',
		},
		outputOptions(),
	];
	return {
		description: describeOperation('bulk', operation, properties),
		/** Sends the records in batches (100 records / 90 KB each); one output item per bulk job Kustomer starts. */
		async execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
			const node = this.getNode();
			const type = param(this, 'objectType', itemIndex, 'customer');
			const path = type === 'customObject' ? `/v1/klasses/${idParam(this, 'klass', 'Custom Object Type', itemIndex)}/bulk` : PATHS[type];
			if (!path) throw inputError(node, 'Object Type', `"${type}" is not supported`, itemIndex);
			const raw = readJson(node, this.getNodeParameter('records', itemIndex, '[]'), 'Records (JSON)', itemIndex);
			const records = parseWith(node, (operation === 'create' ? createSchema : updateSchema) as z.ZodType<IDataObject[]>, raw, 'Records (JSON)', itemIndex);
			const jobs = [];
			for (const batch of batches(records)) {
				jobs.push(await sendRecord(this, itemIndex, operation === 'create' ? 'POST' : 'PUT', path, batch, operation === 'update' ? { ids: batch.map((record) => record.id).join(',') } : undefined));
			}
			return emit(this, itemIndex, 'record', jobs);
		},
	};
}

export const create = bulkOperation('create');
export const update = bulkOperation('update');

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['bulk'] } },
		options: [
			{ name: 'Create', value: 'create', action: 'Create records in bulk', description: 'Create many records with Kustomer bulk endpoints; returns the bulk jobs' },
			{ name: 'Update', value: 'update', action: 'Update records in bulk', description: 'Update many records with Kustomer bulk endpoints; returns the bulk jobs' },
		],
		default: 'create',
	},
	...create.description,
	...update.description,
];
