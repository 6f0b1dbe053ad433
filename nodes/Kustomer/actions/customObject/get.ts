import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { describeOperation } from '../../../shared/descriptions';
import { idSegment } from '../../../shared/ids';
import { klassField, outputOptions } from '../../descriptions';
import { param } from '../../params';
import { getAndEmit, idParam } from '../common';
import { klassPath, objectId } from './fields';

const properties: INodeProperties[] = [
	klassField,
	{
		displayName: 'Get By',
		name: 'by',
		type: 'options',
		noDataExpression: true,
		default: 'id',
		options: [
			{ name: 'External ID', value: 'externalId' },
			{ name: 'ID', value: 'id' },
		],
	},
	{ ...objectId, displayOptions: { show: { by: ['id'] } } },
	{ displayName: 'External ID', name: 'externalId', type: 'string', required: true, default: '', displayOptions: { show: { by: ['externalId'] } } },
	outputOptions(),
];

export const description = describeOperation('customObject', 'get', properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const base = klassPath(this, itemIndex);
	const path =
		param(this, 'by', itemIndex, 'id') === 'externalId'
			? `${base}/externalId=${idSegment(this.getNode(), param(this, 'externalId', itemIndex, ''), 'External ID', itemIndex)}`
			: `${base}/${idParam(this, 'objectId', 'Custom Object ID', itemIndex)}`;
	return await getAndEmit(this, itemIndex, path, 'record');
}
