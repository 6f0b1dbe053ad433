import type { IDataObject } from 'n8n-workflow';

import type { Item } from '../../../shared/kit';
import { readJson } from '../../../shared/validate';
import { readCustomAttributes } from '../../custom';
import { compact, isoDate } from '../common';

/** The flat message body from a fields collection plus Custom Attributes. */
export async function messageBody(
	item: Item,
	name: 'additionalFields' | 'updateFields',
): Promise<IDataObject> {
	const fields = { ...item.collection(name) };
	if (fields.meta !== undefined) {
		const meta = readJson(item.node, fields.meta, 'Meta (JSON)', item.index);
		if (meta !== undefined && (typeof meta !== 'object' || meta === null || Array.isArray(meta))) {
			throw item.fail('Meta (JSON)', 'must be a JSON object');
		}
		fields.meta = meta && Object.keys(meta).length ? (meta as IDataObject) : undefined;
	}
	if (fields.sentAt) fields.sentAt = isoDate(item, fields.sentAt, 'Sent At');
	const body = compact(fields);
	const custom = await readCustomAttributes(item, 'message');
	if (custom) body.custom = custom;
	return body;
}
