import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { defineOperation } from '../../../shared/kit';
import type { Item } from '../../../shared/kit';
import {
	PHONE_TYPES,
	mapCustomAttributes,
	mapResult,
	mergeResults,
	ruleViolation,
} from './response';
import type { Fail } from './response';

const LOOKUP_TRIGGER = /\.gladlyLookupTrigger$/;

const mappingFields: INodeProperties[] = [
	{
		displayName: 'Match Rule',
		name: 'matchRule',
		type: 'options',
		options: [
			{
				name: 'From the Gladly Lookup Trigger',
				value: 'auto',
				description:
					'Exactly one result when the lookup that started the workflow requires a unique match (Detailed Lookup)',
			},
			{ name: 'Exactly One Result', value: 'unique', description: 'As a Detailed Lookup requires' },
			{
				name: 'Any Number of Results',
				value: 'any',
				description:
					'As a Basic Search or auto-link accepts (Gladly links automatically only when exactly one comes back)',
			},
		],
		default: 'auto',
	},
	{
		displayName: 'When the Rule Is Broken',
		name: 'onViolation',
		type: 'options',
		options: [
			{
				name: 'Stop With an Error',
				value: 'error',
				description:
					'The workflow fails (with Continue On Fail: one error item); Gladly gets an error answer',
			},
			{ name: 'Answer With No Match', value: 'empty', description: 'Gladly gets {"results": []}' },
		],
		default: 'error',
	},
	{
		displayName: 'External Customer ID',
		name: 'externalCustomerId',
		type: 'string',
		default: '={{ $json.id }}',
		required: true,
		description:
			'Your ID of the customer, stored by Gladly to link the profile. Items without one are left out (nothing found for them); items with the same ID become one result.',
	},
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '={{ $json.name }}',
		description: 'Full name of the customer',
	},
	{
		displayName: 'Emails',
		name: 'emails',
		type: 'string',
		default: '={{ $json.emails ?? $json.email }}',
		description: 'One address, or a list (strings, or objects with original, value or email)',
	},
	{
		displayName: 'Phones',
		name: 'phones',
		type: 'string',
		default: '={{ $json.phones ?? $json.phone }}',
		description: 'One number, or a list (strings in E.164, or objects with original and type)',
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'Actions (JSON)',
				name: 'actions',
				type: 'json',
				default: '',
				description: 'Actions on the customer: a list of {"name", "formUrl"}',
			},
			{
				displayName: 'Address',
				name: 'address',
				type: 'string',
				default: '',
				description: 'The address on one line',
			},
			{
				displayName: 'Custom Attributes',
				name: 'customAttributes',
				type: 'fixedCollection',
				typeOptions: { multipleValues: true },
				placeholder: 'Add Attribute',
				default: {},
				description:
					'Key and text value pairs shown on the profile (new attributes need Gladly to configure them); an empty value clears one',
				options: [
					{
						name: 'attribute',
						displayName: 'Attribute',
						values: [
							{ displayName: 'Key', name: 'key', type: 'string', default: '' },
							{ displayName: 'Value', name: 'value', type: 'string', default: '' },
						],
					},
				],
			},
			{
				displayName: 'Custom Attributes (JSON)',
				name: 'customAttributesJson',
				type: 'json',
				default: '',
				description: 'An object of key and value pairs, merged with the ones above',
			},
			{
				displayName: 'Phone Type',
				name: 'phoneType',
				type: 'options',
				options: PHONE_TYPES.map((value) => ({
					name: value[0] + value.slice(1).toLowerCase(),
					value,
				})),
				default: 'MOBILE',
				description:
					'Type of phone numbers given without one (Gladly auto-links on mobile numbers)',
			},
			{
				displayName: 'Transactions (JSON)',
				name: 'transactions',
				type: 'json',
				default: '',
				description:
					'One transaction card or a list, each with a type: ORDER, FLIGHT, STAY, SUBSCRIPTION or GENERIC (e.g. {"type": "ORDER", "orderNumber": "1832", "orderStatus": "Open", "orderTotal": "$50.00"})',
			},
		],
	},
];

const properties: INodeProperties[] = [
	{
		displayName: 'Answer',
		name: 'answer',
		type: 'options',
		noDataExpression: true,
		options: [
			{
				name: 'Results From Input Items',
				value: 'fromItems',
				description:
					'Each input item is a customer found (items with the same External Customer ID are merged)',
			},
			{
				name: 'No Match',
				value: 'noMatch',
				description: 'Answer {"results": []} whatever the input',
			},
		],
		default: 'fromItems',
	},
	...updateDisplayOptions({ show: { answer: ['fromItems'] } }, mappingFields),
];

function attributesOf(fields: IDataObject, fail: Fail): IDataObject {
	const pairs = ((fields.customAttributes as IDataObject | undefined)?.attribute ?? []) as Array<{
		key?: string;
		value?: unknown;
	}>;
	const out: IDataObject = { ...mapCustomAttributes(fields.customAttributesJson, fail) };
	for (const pair of pairs) if (pair.key) out[pair.key] = pair.value ?? '';
	return out;
}

/** Whether the Gladly Lookup Trigger that started this run asked for a unique match (false when none ran). */
function triggerRequiresUnique(context: IExecuteFunctions): boolean {
	const triggers = context
		.getParentNodes(context.getNode().name)
		.filter((node) => LOOKUP_TRIGGER.test(node.type));
	for (const trigger of triggers) {
		const name = trigger.name.replace(/\\/g, '\\\\').replace(/'/g, "\\'");
		let value: unknown;
		try {
			value = context.evaluateExpression(
				`{{ $('${name}').isExecuted ? $('${name}').first().json.uniqueMatchRequired : undefined }}`,
				0,
			);
		} catch {
			// The trigger did not run in this execution (e.g. started from a Manual Trigger): try the next one.
			value = undefined;
		}
		if (value !== undefined && value !== null) return value === true;
	}
	return false;
}

/** One input item as a Gladly result (undefined: nothing found for it); a bad mapping names the item. */
function resultOf(item: Item): IDataObject | undefined {
	const externalCustomerId = item.raw<unknown>('externalCustomerId', '');
	// An item without an id is a customer not found (e.g. an empty item from Always Output Data): left out unchecked.
	if (
		externalCustomerId === undefined ||
		externalCustomerId === null ||
		String(externalCustomerId).trim() === ''
	)
		return undefined;
	const fields = item.collection('additionalFields');
	const fail: Fail = (message) => {
		throw new NodeOperationError(item.node, `${message} [item ${item.index}]`, {
			itemIndex: item.index,
			description: 'Fix the mapping of this item; Gladly would refuse or drop the answer.',
		});
	};
	return mapResult(
		{
			externalCustomerId,
			name: item.raw<unknown>('name', ''),
			emails: item.raw<unknown>('emails', ''),
			phones: item.raw<unknown>('phones', ''),
			address: fields.address,
			phoneType: (fields.phoneType as string) ?? 'MOBILE',
			customAttributes: attributesOf(fields, fail),
			transactions: fields.transactions,
			actions: fields.actions,
		},
		fail,
	);
}

export const buildResponse = defineOperation('buildResponse', {
	name: 'Build Response',
	action: 'Build a lookup response',
	description:
		'Turn the input items into one answer to Gladly\'s customer lookup ({"results": [...]})',
	fields: properties,
	input: (item) => {
		if (item.choice('answer', 'Answer', ['fromItems', 'noMatch'], 'fromItems') === 'noMatch')
			return { result: undefined, noMatch: true };
		return { result: resultOf(item), noMatch: false };
	},
	run: async () => undefined,
	runAll: async (items) => {
		if (items.length === 0 || items[0].input.noMatch) return { results: [] };
		const first = items[0].item;
		const results = mergeResults(
			items.flatMap(({ input }) => (input.result ? [input.result] : [])),
		);
		const rule = first.choice('matchRule', 'Match Rule', ['auto', 'unique', 'any'], 'auto');
		const unique = rule === 'unique' || (rule === 'auto' && triggerRequiresUnique(first.n8n));
		const violation = ruleViolation(results, unique);
		if (!violation) return { results };
		if (
			first.choice('onViolation', 'When the Rule Is Broken', ['error', 'empty'], 'error') ===
			'empty'
		)
			return { results: [] };
		throw new NodeOperationError(first.node, violation, {
			description:
				"Gladly needs exactly one customer for a Detailed Lookup. Filter the items before this node, or set 'When the Rule Is Broken' to answer with no match.",
		});
	},
});
