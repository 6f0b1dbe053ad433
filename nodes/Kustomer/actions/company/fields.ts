import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readCustomAttributes } from '../../custom';
import { compact, fieldsCollection, listOf, tagsField } from '../../descriptions';
import { collection } from '../../params';
import { idParam } from '../common';

export function companyFields(name: 'additionalFields' | 'updateFields'): INodeProperties {
	return fieldsCollection(name, [
		{ displayName: 'Domains', name: 'domains', type: 'string', default: '', placeholder: 'e.g. acme.example', description: 'Web domains, comma-separated' },
		{ displayName: 'External ID', name: 'externalId', type: 'string', default: '', description: 'The company ID in your own system' },
		...(name === 'updateFields' ? [{ displayName: 'Name', name: 'name', type: 'string', default: '' } as INodeProperties] : []),
		tagsField(),
	]);
}

export async function companyBody(context: IExecuteFunctions, itemIndex: number, name: 'additionalFields' | 'updateFields'): Promise<IDataObject> {
	const fields = collection(context, name, itemIndex);
	if (fields.domains !== undefined) fields.domains = listOf(fields.domains);
	const body = compact(fields);
	const custom = await readCustomAttributes.call(context, itemIndex, 'company');
	if (custom) body.custom = custom;
	return body;
}

export const companyPath = (context: IExecuteFunctions, itemIndex: number) => `/v1/companies/${idParam(context, 'companyId', 'Company', itemIndex)}`;
