import type { IDataObject } from 'n8n-workflow';

import { defineOperation } from '../../../shared/kit';
import { customFieldsField, optionalFields } from '../../descriptions';
import { checkCustomFields, readCustomFieldEntries, toUnixSeconds } from '../../helpers';
import { nutshellId } from '../../ids';
import { createRecord } from '../../transport';
import { leadDueTime } from '../../unconfirmed';
import {
	leadLinkFields,
	leadValue,
	ownerField,
	productsField,
	readLinkIds,
	readProducts,
} from './fields';

export const create = defineOperation('create', {
	name: 'Create',
	action: 'Create a lead',
	description:
		'Create a new lead with value, owner, companies, people, sources, tags, products and ' +
		'custom fields',
	fields: [
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
	],
	input: (item) => {
		const description = item.string('description', 'Description', { required: true });
		const fields = item.collection('additionalFields');
		const record: IDataObject = { description };
		if (fields.value !== undefined && fields.value !== '')
			record.manualValue = leadValue(item, fields.value);
		if (fields.dueTime)
			record.dueTime = leadDueTime(
				toUnixSeconds(item.node, fields.dueTime, 'Due Time', item.index),
			);
		const links: IDataObject = {};
		for (const { relation, ids } of readLinkIds(item, fields, ''))
			if (ids.length) links[relation] = ids;
		if (fields.owner) links.owner = nutshellId(item, fields.owner, 'users', 'Owner').raw;
		const products = readProducts(item, 'additionalFields.products');
		if (products.length) links.productMaps = products;
		if (Object.keys(links).length) record.links = links;
		return { record, customFields: readCustomFieldEntries(item) };
	},
	run: async (item, { record, customFields }) => {
		const values = await checkCustomFields(item, 'leads', customFields);
		return await createRecord(item, 'leads', values ? { ...record, customFields: values } : record);
	},
});
