import type { INodeProperties } from 'n8n-workflow';

import { RecordId } from '../../../shared/ids';
import { defineOperation } from '../../../shared/kit';
import type { Item } from '../../../shared/kit';
import { externalIdField, klassField, outputOptions } from '../../descriptions';
import { shapeOf } from '../../output';
import { sendRecord } from '../common';
import { klassPath, objectId } from './fields';

const fields: INodeProperties[] = [
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
	externalIdField,
	outputOptions(),
];

function objectPath(item: Item): string {
	const base = klassPath(item);
	if (item.string('by', 'Get By', { fallback: 'id' }) === 'externalId') {
		const value = item.string('externalId', 'External ID');
		return `${base}/externalId=${RecordId.of(item.node, value, 'External ID', item.index).path}`;
	}
	return `${base}/${item.id('objectId', 'Custom Object ID').path}`;
}

export const get = defineOperation('get', {
	name: 'Get',
	action: 'Get a custom object',
	description: 'Retrieve a custom object by ID or external ID',
	fields,
	input: (item) => ({ path: objectPath(item), shape: shapeOf(item, 'record') }),
	run: async (item, { path, shape }) => shape(await sendRecord(item, 'GET', path)),
});
