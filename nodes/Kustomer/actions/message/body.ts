import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { readJson } from '../../../shared/validate';
import { inputError } from '../../../shared/errors';
import { readCustomAttributes } from '../../custom';
import { compact } from '../../descriptions';
import { collection } from '../../params';
import { isoDate } from '../common';

/** The flat message body from a fields collection plus Custom Attributes. */
export async function messageBody(context: IExecuteFunctions, itemIndex: number, name: 'additionalFields' | 'updateFields'): Promise<IDataObject> {
	const node = context.getNode();
	const fields = collection(context, name, itemIndex);
	if (fields.meta !== undefined) {
		const meta = readJson(node, fields.meta, 'Meta (JSON)', itemIndex);
		if (meta !== undefined && (typeof meta !== 'object' || meta === null || Array.isArray(meta))) {
			throw inputError(node, 'Meta (JSON)', 'must be a JSON object', itemIndex);
		}
		fields.meta = meta && Object.keys(meta).length ? (meta as IDataObject) : undefined;
	}
	if (fields.sentAt) fields.sentAt = isoDate(node, fields.sentAt, 'Sent At', itemIndex);
	const body = compact(fields);
	const custom = await readCustomAttributes.call(context, itemIndex, 'message');
	if (custom) body.custom = custom;
	return body;
}
