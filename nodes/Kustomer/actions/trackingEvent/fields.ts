import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { Item } from '../../../shared/kit';
import { readJson } from '../../../shared/validate';

export const eventName: INodeProperties = {
	displayName: 'Event Name',
	name: 'eventName',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. Checkout Completed',
};
export const meta: INodeProperties = {
	displayName: 'Properties (JSON)',
	name: 'meta',
	type: 'json',
	default: '{}',
	description: 'Event properties, shown on the customer timeline',
};

export function readMeta(item: Item): IDataObject | undefined {
	const value = readJson(item.node, item.raw('meta', '{}'), 'Properties (JSON)', item.index);
	if (value === undefined) return undefined;
	if (typeof value !== 'object' || value === null || Array.isArray(value)) {
		throw item.fail('Properties (JSON)', 'must be a JSON object');
	}
	return Object.keys(value).length ? (value as IDataObject) : undefined;
}

export const requiredName = (item: Item): string =>
	item.string('eventName', 'Event Name', { required: true });
