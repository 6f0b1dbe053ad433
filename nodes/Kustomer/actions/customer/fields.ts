import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

import { splitList } from '../../../shared/kit';
import type { Item } from '../../../shared/kit';
import { emailSchema, parseWith, phoneSchema } from '../../../shared/validate';
import { readCustomAttributes } from '../../custom';
import { fieldsCollection, tagsField } from '../../descriptions';
import { compact, isoDate } from '../common';

/** Customer attributes shared by Create, Update and Create or Update. */
export function customerFields(name: 'additionalFields' | 'updateFields'): INodeProperties {
	return fieldsCollection(name, [
		{
			displayName: 'Avatar URL',
			name: 'avatarUrl',
			type: 'string',
			default: '',
			description: 'URL of the profile picture',
		},
		{ displayName: 'Birthday', name: 'birthdayAt', type: 'dateTime', default: '' },
		{
			displayName: 'Company ID',
			name: 'company',
			type: 'string',
			default: '',
			description: 'ID of the company the customer belongs to',
		},
		{
			displayName: 'Default Language',
			name: 'defaultLang',
			type: 'string',
			default: '',
			placeholder: 'e.g. en_us',
		},
		{
			displayName: 'Emails',
			name: 'emails',
			type: 'string',
			default: '',
			placeholder: 'e.g. jane@example.com, jane@work.example',
			description: 'Email addresses, comma-separated; the first is the primary one',
		},
		{
			displayName: 'External ID',
			name: 'externalId',
			type: 'string',
			default: '',
			description: 'The customer ID in your own system',
		},
		{
			displayName: 'Locale',
			name: 'locale',
			type: 'string',
			default: '',
			placeholder: 'e.g. en-US',
		},
		{
			displayName: 'Name',
			name: 'name',
			type: 'string',
			default: '',
			description: 'Full name of the customer',
		},
		{
			displayName: 'Phones',
			name: 'phones',
			type: 'string',
			default: '',
			placeholder: 'e.g. +14155550100',
			description: 'Phone numbers, comma-separated',
		},
		tagsField(),
		{
			displayName: 'Time Zone',
			name: 'timeZone',
			type: 'string',
			default: '',
			placeholder: 'e.g. America/New_York',
		},
		{ displayName: 'Username', name: 'username', type: 'string', default: '' },
	]);
}

const emailsSchema = z.array(emailSchema);
const phonesSchema = z.array(phoneSchema);

/** The flat customer body from a fields collection plus Custom Attributes. */
export async function customerBody(
	item: Item,
	name: 'additionalFields' | 'updateFields',
): Promise<IDataObject> {
	const fields = { ...item.collection(name) };
	const { node, index } = item;
	if (fields.emails !== undefined) {
		const emails = parseWith(node, emailsSchema, splitList(fields.emails), 'Emails', index);
		fields.emails = emails.map((email) => ({ type: 'home', email }));
	}
	if (fields.phones !== undefined) {
		const phones = parseWith(node, phonesSchema, splitList(fields.phones), 'Phones', index);
		fields.phones = phones.map((phone) => ({ type: 'mobile', phone }));
	}
	if (fields.birthdayAt) fields.birthdayAt = isoDate(item, fields.birthdayAt, 'Birthday');
	const body = compact(fields);
	const custom = await readCustomAttributes(item, 'customer');
	if (custom) body.custom = custom;
	return body;
}
