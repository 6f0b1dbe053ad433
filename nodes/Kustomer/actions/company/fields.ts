import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { splitList } from '../../../shared/kit';
import type { Item } from '../../../shared/kit';
import { readCustomAttributes } from '../../custom';
import { fieldsCollection, tagsField } from '../../descriptions';
import { compact } from '../common';

export function companyFields(name: 'additionalFields' | 'updateFields'): INodeProperties {
	return fieldsCollection(name, [
		{
			displayName: 'Domains',
			name: 'domains',
			type: 'string',
			default: '',
			placeholder: 'e.g. acme.example',
			description: 'Web domains, comma-separated',
		},
		{
			displayName: 'External ID',
			name: 'externalId',
			type: 'string',
			default: '',
			description: 'The company ID in your own system',
		},
		...(name === 'updateFields'
			? [{ displayName: 'Name', name: 'name', type: 'string', default: '' } as INodeProperties]
			: []),
		tagsField(),
	]);
}

export async function companyBody(
	item: Item,
	name: 'additionalFields' | 'updateFields',
): Promise<IDataObject> {
	const fields = { ...item.collection(name) };
	if (fields.domains !== undefined) fields.domains = splitList(fields.domains);
	const body = compact(fields);
	const custom = await readCustomAttributes(item, 'company');
	if (custom) body.custom = custom;
	return body;
}

export const companyPath = (item: Item) => `/v1/companies/${item.id('companyId', 'Company').path}`;
