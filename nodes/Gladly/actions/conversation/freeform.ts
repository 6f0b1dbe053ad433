import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { inputError } from '../../../shared/errors';
import { toItems } from '../../../shared/router';
import { customerIdParam, customerLocator, idField, idParam, operation } from '../../descriptions';
import { gladlyRequest } from '../../transport';
import { conversationField } from './fields';

const topicsCollection: INodeProperties = {
	displayName: 'Freeform Topics',
	name: 'attributes',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	default: {},
	placeholder: 'Add Freeform Topic',
	description: 'Key and value pairs, e.g. ORDER_ID = ORD_3',
	options: [
		{
			displayName: 'Freeform Topic',
			name: 'attribute',
			values: [
				{ displayName: 'Key', name: 'key', type: 'string', default: '', placeholder: 'e.g. ORDER_ID' },
				{ displayName: 'Value', name: 'value', type: 'string', default: '', placeholder: 'e.g. ORD_3' },
			],
		},
	],
};

const properties: INodeProperties[] = [customerLocator({ description: 'The customer the conversation belongs to' }), conversationField, topicsCollection];

function pairs(context: IExecuteFunctions, itemIndex: number): IDataObject[] {
	const list = ((context.getNodeParameter('attributes', itemIndex, {}) as IDataObject).attribute as IDataObject[] | undefined) ?? [];
	const clean = list.map((entry) => ({ key: String(entry.key ?? '').trim(), value: String(entry.value ?? '').trim() }));
	const bad = clean.findIndex((entry) => !entry.key || !entry.value);
	if (bad !== -1) throw inputError(context.getNode(), `Freeform Topics › ${bad + 1}`, 'needs both a key and a value', itemIndex);
	if (!clean.length) throw inputError(context.getNode(), 'Freeform Topics', 'is empty: add at least one key and value', itemIndex);
	return clean;
}

/** Freeform topics (conversation custom attributes): one POST that adds or removes key/value pairs. */
function freeform(name: string, key: 'add' | 'remove') {
	return operation('conversation', name, properties, async function (itemIndex) {
		const customerId = await customerIdParam(this, itemIndex);
		const id = idParam(this, 'conversationId', itemIndex);
		const list = pairs(this, itemIndex);
		await gladlyRequest.call(this, 'POST', `/customer-history/${customerId}/conversations/${id}/custom-attributes`, { body: { [key]: list }, itemIndex, idempotent: true });
		return toItems({ conversationId: decodeURIComponent(id), [key === 'add' ? 'added' : 'removed']: list }, itemIndex);
	});
}

export const addFreeformTopics = freeform('addFreeformTopics', 'add');
export const removeFreeformTopics = freeform('removeFreeformTopics', 'remove');

export const getFreeformTopic = operation(
	'conversation',
	'getFreeformTopic',
	[idField('customAttributeId', 'Freeform Topic ID', 'The ID of a freeform topic definition, as found in a conversation\'s customAttributes')],
	async function (itemIndex) {
		const id = idParam(this, 'customAttributeId', itemIndex);
		const response = await gladlyRequest.call(this, 'GET', `/custom-attributes/${id}`, { itemIndex });
		return toItems(response.body as IDataObject, itemIndex);
	},
);
