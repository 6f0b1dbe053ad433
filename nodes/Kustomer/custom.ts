import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { Item } from '../shared/kit';
import type { RequestScope } from '../shared/types';
import { kustomerRequest } from './transport';

/**
 * Kustomer's custom attribute type suffixes
 * (https://developer.kustomer.com/docs/data-models/custom-attributes).
 */
export const SUFFIXES = ['Str', 'Num', 'At', 'Bool', 'Txt', 'Url'] as const;
export type Suffix = (typeof SUFFIXES)[number];
const SUFFIX_PATTERN = /^[a-z][A-Za-z0-9_]*(Str|Num|At|Bool|Txt|Url)$/;

/**
 * Custom attribute definitions (`GET /v1/metadata/{resource}`): key (with suffix) → display name.
 */
export type AttributeDefinitions = Record<string, { displayName?: string; type?: string }>;

/**
 * The metadata resource of a node resource: `customer`, `conversation`, `company`, `message`,
 * `kobject.<klass>`.
 */
export function metadataResource(resource: string, klass?: string): string {
	return resource === 'customObject' ? `kobject.${klass ?? ''}` : resource;
}

/** Custom attribute definitions; an unknown resource (404) has none. */
export async function readDefinitions(
	scope: RequestScope,
	resource: string,
): Promise<AttributeDefinitions> {
	const path = `/v1/metadata/${encodeURIComponent(resource)}`;
	const response = await kustomerRequest(scope, 'GET', path, { acceptStatuses: [404] });
	if (response.statusCode === 404) return {};
	const data = (response.body as { data?: { attributes?: { properties?: AttributeDefinitions } } })
		?.data;
	return data?.attributes?.properties ?? {};
}

/**
 * The "Custom Attributes" field: pick an attribute by name (the node adds the type suffix) and give
 * a value.
 */
export function customAttributesField(overrides: Partial<INodeProperties> = {}): INodeProperties {
	return {
		displayName: 'Custom Attributes',
		name: 'customAttributes',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Custom Attribute',
		default: {},
		description:
			"Custom attributes by name; the node adds Kustomer's type suffix (e.g. Str for text, Num " +
			'for numbers) itself',
		options: [
			{
				displayName: 'Attribute',
				name: 'attribute',
				values: [
					{
						displayName: 'Name or ID',
						name: 'name',
						type: 'options',
						typeOptions: {
							loadOptionsMethod: 'getCustomAttributes',
							loadOptionsDependsOn: ['resource', 'klass'],
						},
						default: '',
						description:
							'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
					},
					{
						displayName: 'Type',
						name: 'type',
						type: 'options',
						default: 'auto',
						description:
							'Type of the attribute, which decides the suffix the node adds to the name',
						options: [
							{ name: 'Boolean (Bool)', value: 'Bool' },
							{ name: 'Date (At)', value: 'At' },
							{ name: 'From Attribute Definition', value: 'auto' },
							{ name: 'Long Text (Txt)', value: 'Txt' },
							{ name: 'Number (Num)', value: 'Num' },
							{ name: 'Text (Str)', value: 'Str' },
							{ name: 'URL (Url)', value: 'Url' },
						],
					},
					{
						displayName: 'Value',
						name: 'value',
						type: 'string',
						default: '',
						description:
							'Value; numbers, true/false and ISO 8601 dates are converted to the attribute type',
					},
				],
			},
		],
		...overrides,
	};
}

export function suffixOf(key: string): Suffix | undefined {
	return SUFFIX_PATTERN.exec(key)?.[1] as Suffix | undefined;
}

/** Finds the full key for a name without suffix, e.g. "loyaltyTier" → "loyaltyTierStr". */
function keyFromDefinitions(name: string, definitions: AttributeDefinitions): string | undefined {
	const lower = name.toLowerCase();
	const keys = Object.keys(definitions);
	return (
		keys.find(
			(key) =>
				suffixOf(key) !== undefined &&
				key.slice(0, key.length - suffixOf(key)!.length).toLowerCase() === lower,
		) ?? keys.find((key) => (definitions[key].displayName ?? '').toLowerCase() === lower)
	);
}

/** Converts a value to the type its key's suffix names; `fail` reports what is wrong. */
export function convert(value: unknown, suffix: Suffix, fail: (problem: string) => never): unknown {
	if (value === null) return null;
	const text = typeof value === 'string' ? value.trim() : value;
	switch (suffix) {
		case 'Num': {
			const number = typeof text === 'number' ? text : Number(text);
			if (text === '' || !Number.isFinite(number)) fail(`needs a number, got "${String(value)}"`);
			return number;
		}
		case 'Bool':
			if (typeof text === 'boolean') return text;
			if (text === 'true' || text === 'false') return text === 'true';
			return fail(`needs true or false, got "${String(value)}"`);
		case 'At': {
			const date =
				typeof text === 'string' && /^\d{4}-\d{2}-\d{2}/.test(text) ? Date.parse(text) : NaN;
			if (Number.isNaN(date))
				fail(`needs an ISO 8601 date such as 2026-01-31T09:00:00Z, got "${String(value)}"`);
			return new Date(date).toISOString();
		}
		case 'Url':
			if (typeof text !== 'string' || !/^https?:\/\/\S+$/.test(text))
				fail(`needs an http(s) URL, got "${String(value)}"`);
			return text;
		case 'Str':
			if (String(text).length > 1024) fail('is longer than 1,024 characters');
			return String(text);
		default:
			return String(text);
	}
}

interface AttributeEntry {
	name?: string;
	type?: string;
	value?: unknown;
}

/**
 * Builds Kustomer's `custom` object from the "Custom Attributes" field: names get their type suffix
 * (given, from the attribute definitions, or from "Type"), values are converted to that type.
 * Attribute definitions are read only when a name needs them, so this runs in `input` before the
 * operation's own request.
 */
export async function readCustomAttributes(
	item: Item,
	metadata: string,
	parameter = 'customAttributes',
): Promise<IDataObject | undefined> {
	const group = item.collection(parameter).attribute;
	const list = ((Array.isArray(group) ? group : []) as AttributeEntry[]).filter(
		(entry) => String(entry.name ?? '').trim() !== '',
	);
	if (list.length === 0) return undefined;
	let definitions: AttributeDefinitions | undefined;
	const custom: IDataObject = {};
	for (const entry of list) {
		const name = String(entry.name).trim();
		const fail = (problem: string): never => {
			throw item.fail(`Custom Attributes › ${name}`, problem);
		};
		let key = name;
		if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(name)) {
			fail('must be letters, digits and underscores, starting with a letter');
		}
		const type = entry.type ?? 'auto';
		if (type !== 'auto' && suffixOf(name) !== type) key = `${name}${type}`;
		if (type === 'auto' && !suffixOf(name)) {
			definitions ??= await readDefinitions(item, metadata);
			key =
				keyFromDefinitions(name, definitions) ??
				fail(
					`is not a custom attribute of ${metadata}; choose its "Type" so the node can add ` +
						'the suffix',
				);
		}
		key = key.charAt(0).toLowerCase() + key.slice(1);
		custom[key] = convert(entry.value, suffixOf(key) as Suffix, fail) as IDataObject[string];
	}
	return custom;
}
