import { NodeOperationError } from 'n8n-workflow';

import { defineOperation } from '../../../shared/kit';
import { binaryPropertyField, fileItem, readBinaryProperty } from '../../files';
import { readId } from '../../ids';
import { REFERENCES, referenceIdField } from '../../reference';
import { nutshellRequest } from '../../transport';

const { type, label } = REFERENCES.pipeline;

export const exportMovements = defineOperation('export', {
	name: 'Export Lead Movements',
	action: 'Export lead movements of a pipeline',
	description: "Download a CSV file of how leads moved through a pipeline's stages, as binary data",
	fields: [referenceIdField('pipelineId', label, type, 'pipeline'), binaryPropertyField],
	input: (item) => ({
		id: readId(item, 'pipelineId', type, label),
		property: readBinaryProperty(item),
	}),
	run: async (item, { id, property }) => {
		const response = await nutshellRequest<Buffer>(item, 'GET', `/stagesets/${id.path}/export`, {
			binary: true,
			headers: { Accept: 'text/csv' },
		});
		// A CSV export always has its header line: an empty body, an HTML page or a JSON error is not one.
		const start = response.body.subarray(0, 200).toString('utf8');
		const wrong = !start.trim()
			? 'an empty file'
			: /^\s*</.test(start)
				? 'an HTML page'
				: /^\s*\{"errors"/.test(start)
					? 'an error'
					: undefined;
		if (wrong)
			throw new NodeOperationError(
				item.node,
				`Nutshell answered ${wrong} instead of a CSV file [item ${item.index}]`,
				{
					itemIndex: item.index,
					description: 'Check the pipeline ID and that the user may export, then run it again.',
				},
			);
		return await fileItem(item, response, {
			property,
			fallbackName: `pipeline-${id.raw}-lead-movements.csv`,
			mimeType: 'text/csv',
			json: { pipeline: id.raw },
		});
	},
});
