/**
 * The customer profile: its fields (Create, Update, Create or Update), its body and reading it
 * back.
 */
import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

import type { RecordId } from '../../../shared/ids';
import { compact } from '../../../shared/kit';
import type { Item } from '../../../shared/kit';
import { emailSchema, parseWith, readJson } from '../../../shared/validate';
import { errorEntries, gladlyRequest, returnedId } from '../../transport';

export const REPLACE_NOTE =
	'Replaces the whole list on the profile: include every entry you want to keep.';

/**
 * Profile fields shared by Create, Update and Create or Update. `listNote` is added to
 * emails/phones on updates.
 */
export function profileFields(listNote = ''): INodeProperties[] {
	return [
		{
			displayName: 'Address',
			name: 'address',
			type: 'string',
			default: '',
			description: 'Postal address as one line of text',
		},
		{
			displayName: 'Custom Attributes',
			name: 'customAttributes',
			type: 'json',
			default: '{}',
			description:
				"Values of your organization's customer profile attributes, as a JSON object, e.g. " +
				'{"loyaltyTier": "gold"}',
		},
		{
			displayName: 'Emails',
			name: 'emails',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			default: {},
			placeholder: 'Add Email',
			description:
				`Email addresses of the customer; the first is the primary one. ${listNote}`.trim(),
			options: [
				{
					displayName: 'Email',
					name: 'email',
					values: [
						{
							displayName: 'Address',
							name: 'original',
							type: 'string',
							placeholder: 'e.g. jane@example.com',
							default: '',
						},
					],
				},
			],
		},
		{
			displayName: 'External Customer ID',
			name: 'externalCustomerId',
			type: 'string',
			default: '',
			description: 'The customer ID in your own system',
		},
		{
			displayName: 'Image URL',
			name: 'image',
			type: 'string',
			default: '',
			description: 'URL of a picture of the customer',
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
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			default: {},
			placeholder: 'Add Phone',
			description:
				`Phone numbers of the customer; the first is the primary one. ${listNote}`.trim(),
			options: [
				{
					displayName: 'Phone',
					name: 'phone',
					values: [
						{
							displayName: 'Number',
							name: 'original',
							type: 'string',
							placeholder: 'e.g. +14155550100',
							default: '',
							description: 'In E.164 format, or local format with the region code',
						},
						{
							displayName: 'Region Code',
							name: 'regionCode',
							type: 'string',
							default: 'US',
							description: 'Two-letter country code used to read a number without a country prefix',
						},
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
	original: z
		.string()
		.trim()
		.regex(/^\+?[0-9 ()-]{7,20}$/, 'must be a phone number such as +14155550100'),
	regionCode: z
		.string()
		.trim()
		.regex(/^[A-Z]{2}$/i, 'must be a two-letter country code')
		.optional(),
	smsPreference: z.enum(['ON', 'OFF', 'FORBIDDEN']).optional(),
	type: z.enum(['HOME', 'MOBILE', 'OFFICE']).optional(),
});

/** A profile body from a collection parameter, validating emails, phones and custom attributes. */
export function profileBody(
	item: Item,
	collection: 'additionalFields' | 'updateFields',
): IDataObject {
	const fields = item.collection(collection);
	const { name, address, image, externalCustomerId } = fields;
	const body: IDataObject = compact({ name, address, image, externalCustomerId });
	const emails =
		((fields.emails as IDataObject | undefined)?.email as IDataObject[] | undefined) ?? [];
	if (emails.length) {
		body.emails = emails.map((entry, index) => ({
			original: parseWith(
				item.node,
				emailSchema,
				entry.original,
				`Emails › ${index + 1}`,
				item.index,
			),
			primary: index === 0,
		}));
	}
	const phones =
		((fields.phones as IDataObject | undefined)?.phone as IDataObject[] | undefined) ?? [];
	if (phones.length) {
		body.phones = phones.map((entry, index) => ({
			...compact(
				parseWith(
					item.node,
					phoneSchema,
					compact(entry),
					`Phones › ${index + 1}`,
					item.index,
				) as IDataObject,
			),
			primary: index === 0,
		}));
	}
	const raw = fields.customAttributes;
	if (raw !== undefined && raw !== null && raw !== '') {
		const attributes = readJson(item.node, raw, 'Custom Attributes', item.index);
		if (!attributes || typeof attributes !== 'object' || Array.isArray(attributes)) {
			throw item.fail('Custom Attributes', 'must be a JSON object');
		}
		if (Object.keys(attributes).length) body.customAttributes = attributes as IDataObject;
	}
	return body;
}

/**
 * GET a profile; a merged customer answers 301 "moved" with the new id, which is followed once and
 * reported as `movedFrom` in the output.
 */
export async function fetchCustomer(item: Item, id: RecordId): Promise<IDataObject> {
	const path = `/customer-profiles/${id.path}`;
	const response = await gladlyRequest<IDataObject>(item, 'GET', path, { acceptStatuses: [301] });
	if (response.statusCode !== 301) return response.body;
	const moved = errorEntries(response.body).find((entry) => entry.code === 'moved');
	const target = returnedId(item, String(moved?.meta?.new ?? ''));
	const followed = await gladlyRequest<IDataObject>(
		item,
		'GET',
		`/customer-profiles/${target.path}`,
	);
	return { ...followed.body, movedFrom: id.raw };
}
