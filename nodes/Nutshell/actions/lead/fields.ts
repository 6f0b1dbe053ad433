import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { inputError } from '../../../shared/errors';
import { dynamicMultiOptions, dynamicOptions, idListField } from '../../descriptions';
import { collectionEntries } from '../../helpers';
import { normaliseId, normaliseIds, resolveLeadId } from '../../ids';

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
					{
						displayName: 'Quantity',
						name: 'quantity',
						type: 'number',
						default: 1,
						typeOptions: { minValue: 0 },
						description: 'How many units',
					},
					{
						displayName: 'Unit Price',
						name: 'price',
						type: 'string',
						default: '',
						placeholder: 'e.g. 99.50',
						description: 'Price per unit; empty uses the product price',
					},
				],
			},
		],
	};
}

export function readProducts(
	context: IExecuteFunctions,
	itemIndex: number,
	parameter = 'products',
): IDataObject[] {
	const node = context.getNode();
	const entries = collectionEntries<{ productId?: string; quantity?: number; price?: string }>(
		context.getNodeParameter(parameter, itemIndex, {}),
		'product',
	);
	return entries.map((entry) => {
		const map: IDataObject = {
			productType: 'product',
			quantity: Number(entry.quantity ?? 1),
			links: { product: normaliseId(node, entry.productId, 'products', 'Products', itemIndex) },
		};
		const price = String(entry.price ?? '').trim();
		if (price) {
			if (!/^\d+(\.\d+)?$/.test(price))
				throw inputError(
					node,
					'Products',
					`has a unit price "${price}" that is not a number such as 99.50`,
					itemIndex,
				);
			map.price = { amount: price };
		}
		return map;
	});
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
	context: IExecuteFunctions,
	fields: IDataObject,
	prefix: string,
	itemIndex: number,
): Array<{ relation: string; ids: string[] }> {
	const node = context.getNode();
	return LEAD_LINKS.map((link) => {
		const key = prefix
			? `${prefix}${link.field[0].toUpperCase()}${link.field.slice(1)}`
			: link.field;
		return {
			relation: link.relation,
			ids: normaliseIds(
				node,
				fields[key],
				link.type,
				prefix ? `${prefix[0].toUpperCase()}${prefix.slice(1)} ${link.label}` : link.label,
				itemIndex,
			),
		};
	});
}

export function ownerField(): INodeProperties {
	return dynamicOptions('Owner', 'owner', 'getUsers');
}

export { resolveLeadId };
