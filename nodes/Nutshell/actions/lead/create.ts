import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { describeOperation } from '../../../shared/descriptions';
import { inputError } from '../../../shared/errors';
import { toItems } from '../../../shared/router';
import { customFieldsField, optionalFields } from '../../descriptions';
import { readCustomFields, toUnixSeconds } from '../../helpers';
import { normaliseId } from '../../ids';
import { createRecord } from '../../transport';
import { leadDueTime } from '../../unconfirmed';
import { leadLinkFields, ownerField, productsField, readLinkIds, readProducts } from './fields';

const properties: INodeProperties[] = [
	{
		displayName: 'Description',
		name: 'description',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. Acme: 50 seats',
		description: 'What the lead is about; Nutshell also uses it as the lead name',
	},
	optionalFields('Additional Fields', 'additionalFields', 'Add Field', [
		...leadLinkFields(),
		{
			displayName: 'Due Time',
			name: 'dueTime',
			type: 'dateTime',
			default: '',
			description: 'When the lead is expected to close',
		},
		ownerField(),
		productsField('Products on the lead'),
		{
			displayName: 'Value',
			name: 'value',
			type: 'string',
			default: '',
			placeholder: 'e.g. 999.99',
			description: 'Lead value; overrides the value computed from its products',
		},
	]),
	customFieldsField('getLeadCustomFields'),
];

export const description = describeOperation('lead', 'create', properties);

/** Lead fields shared by create: value as a string amount, due time as a Unix timestamp. */
export function leadValue(context: IExecuteFunctions, value: unknown, itemIndex: number): string {
	const text = String(value).trim();
	if (!/^-?\d+(\.\d+)?$/.test(text))
		throw inputError(
			context.getNode(),
			'Value',
			`"${text}" is not an amount such as 999.99`,
			itemIndex,
		);
	return text;
}

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const node = this.getNode();
	const descriptionText = String(this.getNodeParameter('description', itemIndex, '')).trim();
	if (!descriptionText) throw inputError(node, 'Description', 'is empty', itemIndex);
	const fields = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const record: IDataObject = { description: descriptionText };
	if (fields.value !== undefined && fields.value !== '')
		record.manualValue = leadValue(this, fields.value, itemIndex);
	if (fields.dueTime)
		record.dueTime = leadDueTime(toUnixSeconds(node, fields.dueTime, 'Due Time', itemIndex));
	const links: IDataObject = {};
	for (const { relation, ids } of readLinkIds(this, fields, '', itemIndex))
		if (ids.length) links[relation] = ids;
	if (fields.owner) links.owner = normaliseId(node, fields.owner, 'users', 'Owner', itemIndex);
	const products = readProducts(this, itemIndex, 'additionalFields.products');
	if (products.length) links.productMaps = products;
	if (Object.keys(links).length) record.links = links;
	const customFields = await readCustomFields.call(this, 'leads', itemIndex);
	if (customFields) record.customFields = customFields;
	return toItems(await createRecord({ n8n: this, index: itemIndex }, 'leads', record), itemIndex);
}
