/**
 * People (contacts in the API) and companies (accounts): what differs between the two
 * resources, and the fields, readers and bodies their operations share.
 */
import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { RecordId } from '../shared/ids';
import type { Item } from '../shared/kit';
import { splitList } from '../shared/kit';
import { emailSchema, parseWith, phoneSchema } from '../shared/validate';
import {
	customFieldsField,
	dynamicMultiOptions,
	dynamicOptions,
	idListField,
	optionalFields,
	recordLocator,
} from './descriptions';
import { checkCustomFields, PatchBuilder, readCustomFieldEntries } from './helpers';
import type { CustomFieldEntry } from './helpers';
import { normaliseIds, nutshellId, returnedId } from './ids';
import { createRecord, patchAndGet } from './transport';
import { simplifyCompany, simplifyPerson } from './simplify';

/** What differs between people (contacts) and companies (accounts); the operations are shared. */
export interface PartyConfig {
	resource: 'person' | 'company';
	plural: 'contacts' | 'accounts';
	noun: string;
	nounPlural: string;
	locatorName: string;
	locator: INodeProperties;
	customFieldsMethod: string;
	/** The other party kind, linked from this one (a person's companies, a company's people). */
	related: { plural: 'accounts' | 'contacts'; displayName: string; noun: string };
	sortOptions: string[];
	simplify: (record: IDataObject) => IDataObject;
}

export const PERSON: PartyConfig = {
	resource: 'person',
	plural: 'contacts',
	noun: 'person',
	nounPlural: 'people',
	locatorName: 'personId',
	locator: recordLocator({
		parameter: 'personId',
		label: 'Person',
		searchListMethod: 'searchPeople',
		idType: 'contacts',
		urlSegment: 'person',
		help:
			'The person (a contact in the API): pick one, enter the ID (e.g. 7-contacts or 7) or ' +
			'paste the Nutshell URL',
	}),
	customFieldsMethod: 'getPersonCustomFields',
	related: { plural: 'accounts', displayName: 'Company IDs', noun: 'companies' },
	sortOptions: [
		'accountType',
		'accounts',
		'createdTime',
		'email',
		'industry',
		'lastContactedTime',
		'name',
		'owner',
		'phone',
		'postalCode',
		'territory',
	],
	simplify: simplifyPerson,
};

export const COMPANY: PartyConfig = {
	resource: 'company',
	plural: 'accounts',
	noun: 'company',
	nounPlural: 'companies',
	locatorName: 'companyId',
	locator: recordLocator({
		parameter: 'companyId',
		label: 'Company',
		searchListMethod: 'searchCompanies',
		idType: 'accounts',
		urlSegment: 'company',
		help:
			'The company (an account in the API): pick one, enter the ID (e.g. 7-accounts or 7) or ' +
			'paste the Nutshell URL',
	}),
	customFieldsMethod: 'getCompanyCustomFields',
	related: { plural: 'contacts', displayName: 'Person IDs', noun: 'people' },
	sortOptions: [
		'accountType',
		'createdTime',
		'industry',
		'lastContactedTime',
		'name',
		'numberOfContacts',
		'owner',
		'phone',
		'postalCode',
		'territory',
	],
	simplify: simplifyCompany,
};

/** The record's id from the locator, normalised (`7` → `7-contacts`). */
export function readPartyId(item: Item, config: PartyConfig): RecordId {
	const value = item.raw<unknown>(config.locatorName, '');
	return nutshellId(item, value, config.plural, String(config.locator.displayName));
}

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

export function readEmails(item: Item, value: unknown, parameter: string): string[] {
	return splitList(value).map((email) =>
		parseWith(item.node, emailSchema, email, parameter, item.index),
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
	item: Item,
	config: PartyConfig,
	name: string,
	fields: IDataObject,
): IDataObject {
	const { node, index } = item;
	const record: IDataObject = {};
	if (name) record.name = name;
	if (fields.description) record.description = fields.description;
	const emails = readEmails(item, fields.emails, 'Emails');
	if (emails.length)
		record.emails = emails.map((value, rank) => ({ value, isPrimary: rank === 0 }));
	const phones = splitList(fields.phones).map((phone) =>
		parseWith(node, phoneSchema, phone, 'Phones', index),
	);
	if (phones.length)
		record.phones = phones.map((value, rank) => ({
			value: phoneValue(config, value),
			isPrimary: rank === 0,
		}));
	const urls = splitList(fields.urls);
	if (urls.length) record.urls = urls.map((value) => ({ value }));
	const links: IDataObject = {};
	if (fields.owner) links.owner = nutshellId(item, fields.owner, 'users', 'Owner').raw;
	if (fields.territory)
		links.territory = nutshellId(item, fields.territory, 'territories', 'Territory').raw;
	const tags = normaliseIds(item, fields.tags, 'tags', 'Tags');
	if (tags.length) links.tags = tags;
	const { plural, displayName } = config.related;
	const related = normaliseIds(item, fields.relatedIds, plural, displayName);
	if (related.length) links[plural] = related;
	if (Object.keys(links).length) record.links = links;
	if (Object.keys(record).length === 0)
		throw item.fail('Name', 'is empty: give a name or at least one other field');
	return record;
}

/** Update Fields of a person/company: plain fields, turned into JSON Patch by partyPatch. */
export function partyUpdateFields(config: PartyConfig): INodeProperties {
	const text = (displayName: string, name: string, description: string): INodeProperties => ({
		displayName,
		name,
		type: 'string',
		default: '',
		description,
	});
	const personOnly: INodeProperties[] =
		config.resource === 'person'
			? [
					text('First Name', 'firstName', 'New first name'),
					text('Job Title', 'jobTitle', 'New job title'),
					text('Last Name', 'lastName', 'New last name'),
				]
			: [];
	const options: INodeProperties[] = [
		text('Add Emails', 'emails', 'Email addresses to add, separated by commas'),
		text('Add Phones', 'phones', 'Phone numbers to add, separated by commas'),
		idListField(
			`Add ${config.related.displayName}`,
			'relatedIds',
			config.related.plural,
			`IDs of ${config.related.noun} to link, separated by commas`,
		),
		dynamicMultiOptions('Add Tag', 'tags', 'getTags'),
		text('Add URLs', 'urls', 'Web addresses to add, separated by commas'),
		text('Description', 'description', 'New description'),
		text('Name', 'name', 'New full name'),
		dynamicOptions('Owner', 'owner', 'getUsers'),
		idListField(
			`Remove ${config.related.displayName}`,
			'removeRelatedIds',
			config.related.plural,
			`IDs of ${config.related.noun} to unlink, separated by commas`,
		),
		dynamicMultiOptions('Remove Tag', 'removeTags', 'getTags'),
		dynamicOptions('Territory', 'territory', 'getTerritories'),
		...personOnly,
	];
	return optionalFields('Update Fields', 'updateFields', 'Add Field', options);
}

function listValues(record: IDataObject | undefined, field: string): string[] {
	const list = (record?.[field] ?? []) as Array<{ value?: unknown } | string>;
	return list
		.map((entry) => (typeof entry === 'string' ? entry : JSON.stringify(entry?.value ?? '')))
		.map((value) => value.toLowerCase());
}

function linkValues(record: IDataObject | undefined, relation: string): string[] {
	const links = (record?.links ?? {}) as IDataObject;
	const value = links[relation];
	return (Array.isArray(value) ? value : value ? [value] : []).map(String);
}

/**
 * JSON Patch for a person/company from plain fields. With `existing` (Create or Update), values the
 * record already has are not added twice.
 */
export function partyPatch(
	item: Item,
	config: PartyConfig,
	fields: IDataObject,
	existing?: IDataObject,
): PatchBuilder {
	const patch = new PatchBuilder(config.plural);
	for (const field of ['name', 'description', 'firstName', 'lastName', 'jobTitle']) {
		if (fields[field] !== undefined && fields[field] !== '')
			patch.set(field, String(fields[field]));
	}
	if (fields.owner) patch.setLink('owner', nutshellId(item, fields.owner, 'users', 'Owner').raw);
	if (fields.territory)
		patch.setLink('territory', nutshellId(item, fields.territory, 'territories', 'Territory').raw);
	const knownEmails = listValues(existing, 'emails');
	const emails = readEmails(item, fields.emails, 'Emails').filter(
		(email) => !knownEmails.includes(JSON.stringify(email).toLowerCase()),
	);
	patch.addToList(
		'emails',
		emails.map((value) => ({ value })),
	);
	const knownPhones = listValues(existing, 'phones').join(' ');
	patch.addToList(
		'phones',
		splitList(fields.phones)
			.filter((phone) => !knownPhones.includes(phone.replace(/\D/g, '')))
			.map((value) => ({ value: phoneValue(config, value) })),
	);
	const knownUrls = listValues(existing, 'urls');
	patch.addToList(
		'urls',
		splitList(fields.urls)
			.filter((url) => !knownUrls.includes(JSON.stringify(url).toLowerCase()))
			.map((value) => ({ value })),
	);
	const tags = linkValues(existing, 'tags');
	patch.addLinks(
		'tags',
		normaliseIds(item, fields.tags, 'tags', 'Tags').filter((id) => !tags.includes(id)),
	);
	patch.removeLinks('tags', normaliseIds(item, fields.removeTags, 'tags', 'Remove Tags'));
	const { plural, displayName } = config.related;
	const related = linkValues(existing, plural);
	patch.addLinks(
		plural,
		normaliseIds(item, fields.relatedIds, plural, displayName).filter(
			(id) => !related.includes(id),
		),
	);
	patch.removeLinks(
		plural,
		normaliseIds(item, fields.removeRelatedIds, plural, `Remove ${displayName}`),
	);
	return patch;
}

/** Candidates read when matching a Create or Update (one page). */
export const MATCH_PAGE = 100;

/** Create: the Name field, Additional Fields and Custom Fields. */
export function partyCreateFields(config: PartyConfig): INodeProperties[] {
	return [
		{
			displayName: 'Name',
			name: 'name',
			type: 'string',
			required: true,
			default: '',
			placeholder: config.resource === 'person' ? 'e.g. Ana Lima' : 'e.g. Acme Corp',
			description: `Full name of the ${config.noun}`,
		},
		partyAdditionalFields(config),
		customFieldsField(config.customFieldsMethod),
	];
}

export interface PartyCreate {
	record: IDataObject;
	customFields: CustomFieldEntry[];
}

export function readPartyCreate(item: Item, config: PartyConfig): PartyCreate {
	const name = item.string('name', 'Name');
	const record = partyRecord(item, config, name, item.collection('additionalFields'));
	return { record, customFields: readCustomFieldEntries(item) };
}

/** Custom field names are checked (one read per run) before the one create request. */
export async function createParty(
	item: Item,
	config: PartyConfig,
	{ record, customFields }: PartyCreate,
): Promise<IDataObject> {
	const values = await checkCustomFields(item, config.plural, customFields);
	return await createRecord(
		item,
		config.plural,
		values ? { ...record, customFields: values } : record,
	);
}

/** Update: the locator, Update Fields and Custom Fields. */
export function partyUpdateSpecFields(config: PartyConfig): INodeProperties[] {
	return [config.locator, partyUpdateFields(config), customFieldsField(config.customFieldsMethod)];
}

export interface PartyUpdate {
	id: RecordId;
	patch: PatchBuilder;
	customFields: CustomFieldEntry[];
}

export function readPartyUpdate(item: Item, config: PartyConfig): PartyUpdate {
	const id = readPartyId(item, config);
	const patch = partyPatch(item, config, item.collection('updateFields'));
	const customFields = readCustomFieldEntries(item);
	patch.requireChanges(item, customFields);
	return { id, patch, customFields };
}

/** JSON Patch of the fields and custom fields, then the record read back. */
export async function updateParty(
	item: Item,
	config: PartyConfig,
	{ id, patch, customFields }: PartyUpdate,
): Promise<IDataObject> {
	patch.customFields(await checkCustomFields(item, config.plural, customFields));
	return await patchAndGet(item, config.plural, id.path, patch.operations);
}

/** What Create or Update read: the create body, and the fields to patch a match with. */
export interface PartyUpsert extends PartyCreate {
	name: string;
	fields: IDataObject;
}

/** Additional Fields and Custom Fields of Create or Update, after its match fields. */
export function partyUpsertFields(config: PartyConfig): INodeProperties[] {
	return [partyAdditionalFields(config), customFieldsField(config.customFieldsMethod)];
}

/**
 * Create or Update, once the matches are known: creates when nothing matches, else patches the
 * first match with what it lacks (values it already has are not added twice).
 */
export async function upsertParty(
	item: Item,
	config: PartyConfig,
	input: PartyUpsert,
	customFields: IDataObject | undefined,
	matches: IDataObject[],
): Promise<IDataObject> {
	if (matches.length === 0) {
		const record = customFields ? { ...input.record, customFields } : input.record;
		return await createRecord(item, config.plural, record);
	}
	const existing = matches[0];
	const name = config.resource === 'person' ? input.name : undefined;
	const patch = partyPatch(item, config, { ...input.fields, name }, existing);
	patch.customFields(customFields);
	if (patch.operations.length === 0) return existing;
	return await patchAndGet(
		item,
		config.plural,
		returnedId(item, existing.id).path,
		patch.operations,
	);
}
