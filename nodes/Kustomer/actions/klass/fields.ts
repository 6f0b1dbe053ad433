import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { Item } from '../../../shared/kit';
import { fieldsCollection } from '../../descriptions';
import { kustomerGetMany } from '../../transport';
import type { JsonApiResource } from '../../transport';
import { compact } from '../common';

/**
 * A Klass by name (what the Custom Object Type dropdown gives) or ID: GET /v1/klasses/{x} takes an
 * ID, so the name is found in the list of every Klass.
 */
export async function findKlass(item: Item, nameOrId: string): Promise<JsonApiResource> {
	const qs = { status: 'existing_only' };
	const klasses = await kustomerGetMany(item, '/v1/klasses', { returnAll: true, qs });
	const klass = klasses.find(
		(record) => record.attributes?.name === nameOrId || record.id === nameOrId,
	);
	if (!klass) {
		throw item.fail('Custom Object Type', `"${nameOrId}" is not a Klass of this organization`);
	}
	return klass;
}

/** A Klass name: letters, digits, `_` and `-` (it cannot be changed later). */
export const KLASS_NAME = /^[A-Za-z0-9_-]+$/;

export function klassFields(name: 'additionalFields' | 'updateFields'): INodeProperties {
	return fieldsCollection(name, [
		{
			displayName: 'Color',
			name: 'color',
			type: 'color',
			default: '',
		},
		...(name === 'updateFields'
			? ([
					{ displayName: 'Display Name', name: 'displayName', type: 'string', default: '' },
				] as INodeProperties[])
			: []),
		{ displayName: 'Icon', name: 'icon', type: 'string', default: '', placeholder: 'e.g. cart' },
		{
			displayName: 'Status',
			name: 'status',
			type: 'options',
			default: 'enabled',
			options: [
				{ name: 'Disabled', value: 'disabled' },
				{ name: 'Enabled', value: 'enabled' },
			],
		},
	]);
}

export function klassBody(item: Item, name: 'additionalFields' | 'updateFields'): IDataObject {
	const fields = item.collection(name);
	if (fields.status !== undefined && fields.status !== 'enabled' && fields.status !== 'disabled')
		throw item.fail(
			'Status',
			`must be "enabled" or "disabled", not ${JSON.stringify(fields.status)}`,
		);
	return compact({ ...fields });
}
