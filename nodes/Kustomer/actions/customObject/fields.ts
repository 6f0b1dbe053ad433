import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { inputError } from '../../../shared/errors';
import { idSegment } from '../../../shared/ids';
import { readJson } from '../../../shared/validate';
import { metadataResource, readCustomAttributes } from '../../custom';
import { compact, fieldsCollection, idField, listOf, tagsField } from '../../descriptions';
import { collection, param } from '../../params';
import { idParam } from '../common';

/** `/v1/klasses/{klass}` for the Klass chosen in the dropdown. */
export const klassPath = (context: IExecuteFunctions, itemIndex: number) => `/v1/klasses/${idParam(context, 'klass', 'Custom Object Type', itemIndex)}`;
export const objectId = idField('objectId', 'Custom Object ID', 'ID of the custom object (KObject)');

export function objectFields(name: 'additionalFields' | 'updateFields'): INodeProperties {
	return fieldsCollection(name, [
		{ displayName: 'Company ID', name: 'company', type: 'string', default: '', description: 'Company the object belongs to' },
		{ displayName: 'Customer ID', name: 'customer', type: 'string', default: '', description: 'Customer the object belongs to' },
		{ displayName: 'Data (JSON)', name: 'data', type: 'json', default: '{}', description: 'Free-form data stored with the object' },
		{ displayName: 'Description', name: 'description', type: 'string', default: '' },
		{ displayName: 'External ID', name: 'externalId', type: 'string', default: '', description: 'The object ID in your own system' },
		{ displayName: 'Icon', name: 'icon', type: 'string', default: '', placeholder: 'e.g. cart' },
		tagsField(),
		...(name === 'updateFields' ? [{ displayName: 'Title', name: 'title', type: 'string', default: '' } as INodeProperties] : []),
	]);
}

export async function objectBody(context: IExecuteFunctions, itemIndex: number, name: 'additionalFields' | 'updateFields'): Promise<IDataObject> {
	const node = context.getNode();
	const fields = collection(context, name, itemIndex);
	if (fields.data !== undefined) {
		const data = readJson(node, fields.data, 'Data (JSON)', itemIndex);
		if (data !== undefined && (typeof data !== 'object' || data === null || Array.isArray(data))) throw inputError(node, 'Data (JSON)', 'must be a JSON object', itemIndex);
		fields.data = data && Object.keys(data).length ? (data as IDataObject) : undefined;
	}
	for (const key of ['customer', 'company'] as const) {
		if (fields[key]) fields[key] = decodeURIComponent(idSegment(node, fields[key], key === 'customer' ? 'Customer ID' : 'Company ID', itemIndex));
	}
	if (fields.tags !== undefined) fields.tags = listOf(fields.tags);
	const body = compact(fields);
	const custom = await readCustomAttributes.call(context, itemIndex, metadataResource('customObject', param(context, 'klass', itemIndex, '')));
	if (custom) body.custom = custom;
	return body;
}
