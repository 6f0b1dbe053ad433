/**
 * Freeform topics (conversation custom attributes): Add and Remove send one POST that adds or
 * removes key/value pairs; they share their fields, their input and that request.
 */
import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { RecordId } from '../../../shared/ids';
import type { Item } from '../../../shared/kit';
import { customerId, customerLocator, readCustomer } from '../../customerLocator';
import type { CustomerRef } from '../../customerLocator';
import { gladlyRequest } from '../../transport';
import { conversationField } from './conversationFields';

export const freeformFields: INodeProperties[] = [
	customerLocator({ description: 'The customer the conversation belongs to' }),
	conversationField,
	{
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
					{
						displayName: 'Key',
						name: 'key',
						type: 'string',
						default: '',
						placeholder: 'e.g. ORDER_ID',
					},
					{
						displayName: 'Value',
						name: 'value',
						type: 'string',
						default: '',
						placeholder: 'e.g. ORD_3',
					},
				],
			},
		],
	},
];

export interface FreeformInput {
	customer: CustomerRef;
	id: RecordId;
	pairs: IDataObject[];
}

export function readFreeform(item: Item): FreeformInput {
	const customer = readCustomer(item);
	const id = item.id('conversationId', 'conversationId');
	const list = (item.collection('attributes').attribute as IDataObject[] | undefined) ?? [];
	const pairs = list.map((entry) => ({
		key: String(entry.key ?? '').trim(),
		value: String(entry.value ?? '').trim(),
	}));
	const bad = pairs.findIndex((entry) => !entry.key || !entry.value);
	if (bad !== -1) throw item.fail(`Freeform Topics › ${bad + 1}`, 'needs both a key and a value');
	if (!pairs.length) throw item.fail('Freeform Topics', 'is empty: add at least one key and value');
	return { customer, id, pairs };
}

export async function sendFreeform(
	item: Item,
	input: FreeformInput,
	key: 'add' | 'remove',
): Promise<IDataObject> {
	const customer = await customerId(item, input.customer);
	const conversation = `/customer-history/${customer.path}/conversations/${input.id.path}`;
	await gladlyRequest(item, 'POST', `${conversation}/custom-attributes`, {
		body: { [key]: input.pairs },
		idempotent: true,
	});
	return { conversationId: input.id.raw, [key === 'add' ? 'added' : 'removed']: input.pairs };
}
