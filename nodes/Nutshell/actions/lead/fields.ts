import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { Item } from '../../../shared/kit';
import { dynamicMultiOptions, dynamicOptions, idListField } from '../../descriptions';
import { collectionEntries } from '../../helpers';
import { normaliseIds, nutshellId } from '../../ids';

/** How many units of a product on a lead. */
export const quantityField: INodeProperties = {
	displayName: 'Quantity',
	name: 'quantity',
	type: 'number',
	default: 1,
	typeOptions: { minValue: 0 },
	description: 'How many units',
};

/** The unit price of a product on a lead, a text amount such as 99.50. */
export function unitPriceField(description: string): INodeProperties {
	return {
		displayName: 'Unit Price',
		name: 'price',
		type: 'string',
		default: '',
		placeholder: 'e.g. 99.50',
		description,
	};
}

/** Products on a lead (LeadProductMap): product, quantity and an optional unit price. */
export function productsField(description: string): INodeProperties {
	return {
		displayName: 'Products',
		name: 'products',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Product',
		default: {},
		description,
		options: [
			{
				name: 'product',
				displayName: 'Product',
				values: [
					dynamicOptions('Product', 'productId', 'getProducts'),
					quantityField,
					unitPriceField('Price per unit; empty uses the product price'),
				],
			},
		],
	};
}

/** The Products fixed collection as LeadProductMaps; a bad product or price fails the item. */
export function readProducts(item: Item, parameter = 'products'): IDataObject[] {
	const entries = collectionEntries<{ productId?: string; quantity?: number; price?: string }>(
		item.raw(parameter, {}),
		'product',
	);
	return entries.map((entry) =>
		productMap(item, {
			product: entry.productId,
			quantity: entry.quantity ?? 1,
			price: entry.price,
		}),
	);
}

/** A unit price as Nutshell takes it (a string amount), or undefined when empty. */
export function unitPrice(item: Item, value: unknown, label: string): string | undefined {
	const price = String(value ?? '').trim();
	if (!price) return undefined;
	if (!/^\d+(\.\d+)?$/.test(price))
		throw item.fail(label, `has a unit price "${price}" that is not a number such as 99.50`);
	return price;
}

/** A quantity: a number of 0 or more (an expression may give anything). */
export function quantity(item: Item, value: unknown, label: string): number {
	const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
	if (typeof number !== 'number' || !Number.isFinite(number) || number < 0)
		throw item.fail(
			label,
			`has a quantity ${JSON.stringify(value)} that is not a number of 0 or more`,
		);
	return number;
}

/** One LeadProductMap: the product, how many, and the unit price when it differs from the product's. */
export function productMap(
	item: Item,
	entry: { product: unknown; quantity: unknown; price?: unknown },
	label = 'Products',
): IDataObject {
	const map: IDataObject = {
		productType: 'product',
		quantity: quantity(item, entry.quantity, label),
		links: { product: nutshellId(item, entry.product, 'products', label).raw },
	};
	const price = unitPrice(item, entry.price, label);
	if (price) map.price = { amount: price };
	return map;
}

/** Lead links editable from plain fields: companies, people, sources, tags. */
export const LEAD_LINKS = [
	{ relation: 'accounts', type: 'accounts', field: 'companyIds', label: 'Company IDs' },
	{ relation: 'contacts', type: 'contacts', field: 'personIds', label: 'Person IDs' },
	{ relation: 'sources', type: 'sources', field: 'sources', label: 'Sources' },
	{ relation: 'tags', type: 'tags', field: 'tags', label: 'Tags' },
] as const;

export function leadLinkFields(prefix = ''): INodeProperties[] {
	const label = (text: string) => (prefix ? `${prefix} ${text}` : text);
	const name = (field: string) =>
		prefix ? `${prefix.toLowerCase()}${field[0].toUpperCase()}${field.slice(1)}` : field;
	return [
		idListField(
			label('Company IDs'),
			name('companyIds'),
			'accounts',
			'Company IDs separated by commas',
		),
		idListField(
			label('Person IDs'),
			name('personIds'),
			'contacts',
			'Person IDs separated by commas',
		),
		dynamicMultiOptions(label('Source'), name('sources'), 'getSources'),
		dynamicMultiOptions(label('Tag'), name('tags'), 'getTags'),
	];
}

export function readLinkIds(
	item: Item,
	fields: IDataObject,
	prefix: string,
): Array<{ relation: string; ids: string[] }> {
	return LEAD_LINKS.map((link) => {
		const key = prefix
			? `${prefix}${link.field[0].toUpperCase()}${link.field.slice(1)}`
			: link.field;
		const label = prefix
			? `${prefix[0].toUpperCase()}${prefix.slice(1)} ${link.label}`
			: link.label;
		return { relation: link.relation, ids: normaliseIds(item, fields[key], link.type, label) };
	});
}

export function ownerField(): INodeProperties {
	return dynamicOptions('Owner', 'owner', 'getUsers');
}

/** Lead value as a string amount. */
export function leadValue(item: Item, value: unknown): string {
	const text = String(value).trim();
	if (!/^-?\d+(\.\d+)?$/.test(text))
		throw item.fail('Value', `"${text}" is not an amount such as 999.99`);
	return text;
}
