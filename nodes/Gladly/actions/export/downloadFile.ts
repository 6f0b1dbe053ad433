import { returnAllOrLimit } from '../../../shared/descriptions';
import { binaryItem, defineOperation } from '../../../shared/kit';
import { binaryPropertyField } from '../../fields';
import { jsonLines } from '../../parsers';
import { gladlyRequest } from '../../transport';
import { jobField } from './jobField';

const FILES = ['agents.jsonl', 'conversation_items.jsonl', 'customers.jsonl', 'topics.jsonl'];

export const downloadFile = defineOperation('downloadFile', {
	name: 'Download File',
	action: 'Download an export file',
	description: 'Download a JSONL file of a job, as items or as a file',
	fields: [
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
				{
					name: 'File',
					value: 'binary',
					description: 'The JSONL file as binary data, in one item',
				},
			],
		},
		...returnAllOrLimit().map((field) => ({
			...field,
			displayOptions: { show: { output: ['items'], ...(field.displayOptions?.show ?? {}) } },
		})),
		{ ...binaryPropertyField, displayOptions: { show: { output: ['binary'] } } },
	],
	input: (item) => {
		const binary = item.raw('output') === 'binary';
		return {
			id: item.id('jobId', 'jobId'),
			name: item.id('fileName', 'fileName'),
			property: binary ? item.raw('binaryPropertyName', 'data') : undefined,
			limit: item.limit(),
		};
	},
	run: async (item, { id, name, property, limit }) => {
		const path = `/export/jobs/${id.path}/files/${name.path}`;
		const headers = { Accept: 'application/x-ndjson, application/json' };
		const buffer = (
			await gladlyRequest<Buffer>(item, 'GET', path, {
				binary: true,
				// A JSONL file of a job with no records is empty; an HTML page is never one.
				file: { empty: true },
				headers,
			})
		).body;
		if (property !== undefined) {
			const data = await item.n8n.helpers.prepareBinaryData(
				buffer,
				name.raw,
				'application/x-ndjson',
			);
			return binaryItem(
				{ jobId: id.raw, fileName: data.fileName, fileSize: buffer.length },
				{ [property]: data },
			);
		}
		// Line by line from the downloaded bytes: the file is never held a second time as one string.
		return jsonLines(item, buffer, limit, `The export file ${name.raw}`);
	},
});
