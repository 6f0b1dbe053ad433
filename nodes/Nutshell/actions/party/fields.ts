import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { inputError } from '../../../shared/errors';
import { emailSchema, parseWith, phoneSchema } from '../../../shared/validate';
import {
	dynamicMultiOptions,
	dynamicOptions,
	idListField,
	optionalFields,
} from '../../descriptions';
import { splitList } from '../../helpers';
import { normaliseId, normaliseIds } from '../../ids';
import type { PartyConfig } from './config';

/** The optional fields of a person/company create (also used by Create or Update). */
export function partyAdditionalFields(config: PartyConfig): INodeProperties {
	const options: INodeProperties[] = [
		idListField(
			config.related.displayName,
			'relatedIds',
			config.related.plural,
			`IDs of the ${config.related.noun} to link, separated by commas`,
		),
		{
			displayName: 'Description',
			name: 'description',
			type: 'string',
			default: '',
			description: `Text shown under the ${config.noun}'s name`,
		},
		{
			displayName: 'Emails',
			name: 'emails',
			type: 'string',
			default: '',
			placeholder: 'e.g. ana@example.com, ana@home.example',
			description: 'Email addresses separated by commas; the first becomes the primary one',
		},
		dynamicOptions('Owner', 'owner', 'getUsers'),
		{
			displayName: 'Phones',
			name: 'phones',
			type: 'string',
			default: '',
			placeholder: 'e.g. +14155550100',
			description: 'Phone numbers separated by commas; the first becomes the primary one',
		},
		dynamicMultiOptions('Tag', 'tags', 'getTags'),
		dynamicOptions('Territory', 'territory', 'getTerritories'),
		{
			displayName: 'URLs',
			name: 'urls',
			type: 'string',
			default: '',
			placeholder: 'e.g. https://example.com',
			description: 'Web addresses separated by commas',
		},
	];
	return optionalFields('Additional Fields', 'additionalFields', 'Add Field', options);
}

export function readEmails(
	context: IExecuteFunctions,
	value: unknown,
	parameter: string,
	itemIndex: number,
): string[] {
	return splitList(value).map((email) =>
		parseWith(context.getNode(), emailSchema, email, parameter, itemIndex),
	);
}

/**
 * A phone as the document types it: a structured object for people, plain text for companies
 * (the spec's two create schemas differ here).
 */
export function phoneValue(config: PartyConfig, phone: string): IDataObject | string {
	if (config.plural === 'accounts') return phone;
	const value: IDataObject = { number: phone.replace(/\D/g, '') };
	if (/^\+[1-9]\d{7,14}$/.test(phone.replace(/[\s().-]/g, '')))
		value.E164 = phone.replace(/[\s().-]/g, '');
	return value;
}

/** The create body of one person/company from the Name field and Additional Fields. */
export function partyRecord(
	context: IExecuteFunctions,
	config: PartyConfig,
	name: string,
	fields: IDataObject,
	itemIndex: number,
): IDataObject {
	const node = context.getNode();
	const record: IDataObject = {};
	if (name) record.name = name;
	if (fields.description) record.description = fields.description;
	const emails = readEmails(context, fields.emails, 'Emails', itemIndex);
	if (emails.length)
		record.emails = emails.map((value, index) => ({ value, isPrimary: index === 0 }));
	const phones = splitList(fields.phones).map((phone) => parseWith(node, phoneSchema, phone, 'Phones', itemIndex));
	if (phones.length)
		record.phones = phones.map((value, index) => ({
			value: phoneValue(config, value),
			isPrimary: index === 0,
		}));
	const urls = splitList(fields.urls);
	if (urls.length) record.urls = urls.map((value) => ({ value }));
	const links: IDataObject = {};
	if (fields.owner) links.owner = normaliseId(node, fields.owner, 'users', 'Owner', itemIndex);
	if (fields.territory)
		links.territory = normaliseId(node, fields.territory, 'territories', 'Territory', itemIndex);
	const tags = normaliseIds(node, fields.tags, 'tags', 'Tags', itemIndex);
	if (tags.length) links.tags = tags;
	const related = normaliseIds(
		node,
		fields.relatedIds,
		config.related.plural,
		config.related.displayName,
		itemIndex,
	);
	if (related.length) links[config.related.plural] = related;
	if (Object.keys(links).length) record.links = links;
	if (Object.keys(record).length === 0)
		throw inputError(node, 'Name', 'is empty: give a name or at least one other field', itemIndex);
	return record;
}
