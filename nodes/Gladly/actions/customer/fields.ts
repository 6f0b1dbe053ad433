import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

import { inputError } from '../../../shared/errors';
import { emailSchema, parseWith } from '../../../shared/validate';
import { compact } from '../../descriptions';

export const REPLACE_NOTE = 'Replaces the whole list on the profile: include every entry you want to keep.';

/** Profile fields shared by Create, Update and Create or Update. `listNote` is added to emails/phones on updates. */
export function profileFields(listNote = ''): INodeProperties[] {
	return [
		{ displayName: 'Address', name: 'address', type: 'string', default: '', description: 'Postal address as one line of text' },
		{
			displayName: 'Custom Attributes',
			name: 'customAttributes',
			type: 'json',
			default: '{}',
			description: "Values of your organization's customer profile attributes, as a JSON object, e.g. {\"loyaltyTier\": \"gold\"}",
		},
		{
			displayName: 'Emails',
			name: 'emails',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			default: {},
			placeholder: 'Add Email',
			description: `Email addresses of the customer; the first is the primary one. ${listNote}`.trim(),
			options: [
				{
					displayName: 'Email',
					name: 'email',
					values: [{ displayName: 'Address', name: 'original', type: 'string', placeholder: 'e.g. jane@example.com', default: '' }],
				},
			],
		},
		{ displayName: 'External Customer ID', name: 'externalCustomerId', type: 'string', default: '', description: 'The customer ID in your own system' },
		{ displayName: 'Image URL', name: 'image', type: 'string', default: '', description: 'URL of a picture of the customer' },
		{ displayName: 'Name', name: 'name', type: 'string', default: '', description: 'Full name of the customer' },
		{
			displayName: 'Phones',
			name: 'phones',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			default: {},
			placeholder: 'Add Phone',
			description: `Phone numbers of the customer; the first is the primary one. ${listNote}`.trim(),
			options: [
				{
					displayName: 'Phone',
					name: 'phone',
					values: [
						{ displayName: 'Number', name: 'original', type: 'string', placeholder: 'e.g. +14155550100', default: '', description: 'In E.164 format, or local format with the region code' },
						{ displayName: 'Region Code', name: 'regionCode', type: 'string', default: 'US', description: 'Two-letter country code used to read a number without a country prefix' },
						{
							displayName: 'SMS Preference',
							name: 'smsPreference',
							type: 'options',
							default: 'ON',
							options: [
								{ name: 'Forbidden', value: 'FORBIDDEN' },
								{ name: 'Off', value: 'OFF' },
								{ name: 'On', value: 'ON' },
							],
						},
						{
							displayName: 'Type',
							name: 'type',
							type: 'options',
							default: 'MOBILE',
							options: [
								{ name: 'Home', value: 'HOME' },
								{ name: 'Mobile', value: 'MOBILE' },
								{ name: 'Office', value: 'OFFICE' },
							],
						},
					],
				},
			],
		},
	];
}

const phoneSchema = z.object({
	original: z.string().trim().regex(/^\+?[0-9 ()-]{7,20}$/, 'must be a phone number such as +14155550100'),
	regionCode: z.string().trim().regex(/^[A-Z]{2}$/i, 'must be a two-letter country code').optional(),
	smsPreference: z.enum(['ON', 'OFF', 'FORBIDDEN']).optional(),
	type: z.enum(['HOME', 'MOBILE', 'OFFICE']).optional(),
});

/**
 * Builds a profile body from a collection parameter (`fields`), validating emails, phones and
 * custom attributes.
 */
export function profileBody(context: IExecuteFunctions, collection: string, itemIndex: number): IDataObject {
	const node = context.getNode();
	const fields = context.getNodeParameter(collection, itemIndex, {}) as IDataObject;
	const body: IDataObject = compact({ name: fields.name, address: fields.address, image: fields.image, externalCustomerId: fields.externalCustomerId });
	const emails = ((fields.emails as IDataObject | undefined)?.email as IDataObject[] | undefined) ?? [];
	if (emails.length) {
		body.emails = emails.map((entry, index) => ({
			original: parseWith(node, emailSchema, entry.original, `Emails › ${index + 1}`, itemIndex),
			primary: index === 0,
		}));
	}
	const phones = ((fields.phones as IDataObject | undefined)?.phone as IDataObject[] | undefined) ?? [];
	if (phones.length) {
		body.phones = phones.map((entry, index) => ({
			...compact(parseWith(node, phoneSchema, compact(entry), `Phones › ${index + 1}`, itemIndex) as IDataObject),
			primary: index === 0,
		}));
	}
	if (fields.customAttributes !== undefined) {
		const attributes = jsonCollectionField(context, fields.customAttributes, 'Custom Attributes', itemIndex);
		if (attributes && Object.keys(attributes).length) body.customAttributes = attributes;
	}
	return body;
}

function jsonCollectionField(context: IExecuteFunctions, value: unknown, parameter: string, itemIndex: number): IDataObject | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	let parsed = value;
	if (typeof value === 'string') {
		try {
			parsed = JSON.parse(value);
		} catch (error) {
			throw inputError(context.getNode(), parameter, `is not valid JSON (${(error as Error).message})`, itemIndex);
		}
	}
	if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw inputError(context.getNode(), parameter, 'must be a JSON object', itemIndex);
	return parsed as IDataObject;
}
