import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { inputError } from '../../../shared/errors';
import { readJson } from '../../../shared/validate';
import { param } from '../../params';

export const eventName: INodeProperties = { displayName: 'Event Name', name: 'eventName', type: 'string', required: true, default: '', placeholder: 'e.g. Checkout Completed' };
export const meta: INodeProperties = { displayName: 'Properties (JSON)', name: 'meta', type: 'json', default: '{}', description: 'Event properties, shown on the customer timeline' };

export function readMeta(context: IExecuteFunctions, itemIndex: number): IDataObject | undefined {
	const node = context.getNode();
	const value = readJson(node, context.getNodeParameter('meta', itemIndex, '{}'), 'Properties (JSON)', itemIndex);
	if (value === undefined) return undefined;
	if (typeof value !== 'object' || value === null || Array.isArray(value)) throw inputError(node, 'Properties (JSON)', 'must be a JSON object', itemIndex);
	return Object.keys(value).length ? (value as IDataObject) : undefined;
}

export function requiredName(context: IExecuteFunctions, itemIndex: number): string {
	const name = param(context, 'eventName', itemIndex, '').trim();
	if (!name) throw inputError(context.getNode(), 'Event Name', 'is empty', itemIndex);
	return name;
}
