import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { returnAllOrLimit } from '../../../shared/descriptions';
import { toItems } from '../../../shared/router';
import { isoDateSchema, parseWith } from '../../../shared/validate';
import { binaryPropertyField, idField, idParam, operation } from '../../descriptions';
import { forEachJsonLine } from '../../parsers';
import { gladlyRequest } from '../../transport';
import { listOperation, resourceModule } from '../common';

const jobField = idField('jobId', 'Job ID', 'The ID of the export job');

const getManyJobs = operation(
	'export',
	'getManyJobs',
	[
		...returnAllOrLimit(),
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{ displayName: 'Updated After', name: 'startAt', type: 'dateTime', default: '', description: 'Jobs updated at or after this time (default 14 days ago)' },
				{ displayName: 'Updated Before', name: 'endAt', type: 'dateTime', default: '', description: 'Jobs updated at or before this time (default now)' },
				{
					displayName: 'Status',
					name: 'status',
					type: 'options',
					default: 'COMPLETED',
					options: [
						{ name: 'Completed', value: 'COMPLETED' },
						{ name: 'Failed', value: 'FAILED' },
						{ name: 'In Progress', value: 'IN_PROGRESS' },
						{ name: 'Pending', value: 'PENDING' },
					],
				},
			],
		},
	],
	async function (itemIndex) {
		const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
		const qs: IDataObject = {};
		if (filters.status) qs.status = filters.status;
		for (const [name, label] of [['startAt', 'Updated After'], ['endAt', 'Updated Before']]) {
			if (filters[name]) qs[name] = new Date(parseWith(this.getNode(), isoDateSchema, String(filters[name]), label, itemIndex)).toISOString();
		}
		const response = await gladlyRequest.call(this, 'GET', '/export/jobs', { qs, itemIndex });
		const records = (Array.isArray(response.body) ? response.body : []) as IDataObject[];
		const returnAll = this.getNodeParameter('returnAll', itemIndex, false) as boolean;
		return toItems(returnAll ? records : records.slice(0, this.getNodeParameter('limit', itemIndex, 50) as number), itemIndex);
	},
);

const getJob = operation('export', 'getJob', [jobField], async function (itemIndex) {
	const id = idParam(this, 'jobId', itemIndex);
	return toItems((await gladlyRequest.call(this, 'GET', `/export/jobs/${id}`, { itemIndex })).body as IDataObject, itemIndex);
});

const deleteJob = operation('export', 'deleteJob', [{ ...jobField, description: 'The ID of a COMPLETED or FAILED export job' }], async function (itemIndex) {
	const id = idParam(this, 'jobId', itemIndex);
	await gladlyRequest.call(this, 'DELETE', `/export/jobs/${id}`, { itemIndex });
	return toItems({ deleted: true, id: decodeURIComponent(id) }, itemIndex);
});

const FILES = ['agents.jsonl', 'conversation_items.jsonl', 'customers.jsonl', 'topics.jsonl'];

const downloadFile = operation(
	'export',
	'downloadFile',
	[
		jobField,
		{
			displayName: 'File Name',
			name: 'fileName',
			type: 'options',
			default: 'conversation_items.jsonl',
			description: 'A file of the job, as listed in its `files`',
			options: FILES.map((value) => ({ name: value, value })),
		},
		{
			displayName: 'Output',
			name: 'output',
			type: 'options',
			default: 'items',
			options: [
				{ name: 'Records as Items', value: 'items', description: 'One item per line of the file' },
				{ name: 'File', value: 'binary', description: 'The JSONL file as binary data, in one item' },
			],
		},
		...returnAllOrLimit().map((field) => ({ ...field, displayOptions: { show: { output: ['items'], ...(field.displayOptions?.show ?? {}) } } })),
		{ ...binaryPropertyField, displayOptions: { show: { output: ['binary'] } } },
	],
	async function (itemIndex) {
		const id = idParam(this, 'jobId', itemIndex);
		const name = idParam(this, 'fileName', itemIndex);
		const response = await gladlyRequest.call(this, 'GET', `/export/jobs/${id}/files/${name}`, { itemIndex, binary: true, headers: { Accept: 'application/x-ndjson, application/json' } });
		const buffer = response.body as Buffer;
		if (this.getNodeParameter('output', itemIndex) === 'binary') {
			const property = this.getNodeParameter('binaryPropertyName', itemIndex, 'data') as string;
			const data = await this.helpers.prepareBinaryData(buffer, decodeURIComponent(name), 'application/x-ndjson');
			return [{ json: { jobId: decodeURIComponent(id), fileName: data.fileName, fileSize: buffer.length }, binary: { [property]: data }, pairedItem: { item: itemIndex } }];
		}
		const returnAll = this.getNodeParameter('returnAll', itemIndex, false) as boolean;
		const limit = returnAll ? Infinity : (this.getNodeParameter('limit', itemIndex, 50) as number);
		const out: INodeExecutionData[] = [];
		// Line by line from the downloaded bytes: the file is never held a second time as one string.
		const invalid = forEachJsonLine(buffer, (record) => {
			out.push({ json: record, pairedItem: { item: itemIndex } });
			return out.length < limit;
		});
		if (invalid) throw new NodeOperationError(this.getNode(), `The export file ${decodeURIComponent(name)} could not be read: ${invalid} [item ${itemIndex}]`, { itemIndex });
		return out;
	},
);

export const exportResource = resourceModule('export', { deleteJob, downloadFile, getJob, getManyJobs, getManySchedules: listOperation('export', '/export/schedules', 'getManySchedules') }, [
	{ name: 'Delete Job', value: 'deleteJob', action: 'Delete an export job', description: 'Delete a completed or failed export job and its files' },
	{ name: 'Download File', value: 'downloadFile', action: 'Download an export file', description: 'Download a JSONL file of a job, as items or as a file' },
	{ name: 'Get Job', value: 'getJob', action: 'Get an export job', description: 'Retrieve an export job and its file names' },
	{ name: 'Get Many Jobs', value: 'getManyJobs', action: 'Get many export jobs', description: 'Retrieve the export jobs of the last 14 days' },
	{ name: 'Get Many Schedules', value: 'getManySchedules', action: 'Get many export schedules', description: 'Retrieve the export schedule of the organization' },
]);
