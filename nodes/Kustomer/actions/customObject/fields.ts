import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { RecordId } from '../../../shared/ids';
import { splitList } from '../../../shared/kit';
import type { Item } from '../../../shared/kit';
import { readJson } from '../../../shared/validate';
import { metadataResource, readCustomAttributes } from '../../custom';
import { fieldsCollection, idField, tagsField } from '../../descriptions';
import { compact } from '../common';

/** `/v1/klasses/{klass}` for the Klass chosen in the dropdown. */
export const klassPath = (item: Item) =>
	`/v1/klasses/${item.id('klass', 'Custom Object Type').path}`;
export const objectId = idField(
	'objectId',
	'Custom Object ID',
	'ID of the custom object (KObject)',
);

export function objectFields(name: 'additionalFields' | 'updateFields'): INodeProperties {
	return fieldsCollection(name, [
		{
			displayName: 'Company ID',
			name: 'company',
			type: 'string',
			default: '',
			description: 'Company the object belongs to',
		},
		{
			displayName: 'Customer ID',
			name: 'customer',
			type: 'string',
			default: '',
			description: 'Customer the object belongs to',
		},
		{
			displayName: 'Data (JSON)',
			name: 'data',
			type: 'json',
			default: '{}',
			description: 'Free-form data stored with the object',
		},
		{ displayName: 'Description', name: 'description', type: 'string', default: '' },
		{
			displayName: 'External ID',
			name: 'externalId',
			type: 'string',
			default: '',
			description: 'The object ID in your own system',
		},
		{ displayName: 'Icon', name: 'icon', type: 'string', default: '', placeholder: 'e.g. cart' },
		tagsField(),
		...(name === 'updateFields'
			? [{ displayName: 'Title', name: 'title', type: 'string', default: '' } as INodeProperties]
			: []),
	]);
}

export async function objectBody(
	item: Item,
	name: 'additionalFields' | 'updateFields',
): Promise<IDataObject> {
	const { node, index } = item;
	const fields = { ...item.collection(name) };
	if (fields.data !== undefined) {
		const data = readJson(node, fields.data, 'Data (JSON)', index);
		if (data !== undefined && (typeof data !== 'object' || data === null || Array.isArray(data))) {
			throw item.fail('Data (JSON)', 'must be a JSON object');
		}
		fields.data = data && Object.keys(data).length ? (data as IDataObject) : undefined;
	}
	for (const key of ['customer', 'company'] as const) {
		const label = key === 'customer' ? 'Customer ID' : 'Company ID';
		if (fields[key]) fields[key] = RecordId.of(node, fields[key], label, index).raw;
	}
	if (fields.tags !== undefined) fields.tags = splitList(fields.tags);
	const body = compact(fields);
	const klass = metadataResource('customObject', item.string('klass', 'Custom Object Type'));
	const custom = await readCustomAttributes(item, klass);
	if (custom) body.custom = custom;
	return body;
}
