import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import {
	dynamicMultiOptions,
	dynamicOptions,
	idListField,
	optionalFields,
} from '../../descriptions';
import { PatchBuilder, splitList } from '../../helpers';
import { normaliseId, normaliseIds } from '../../ids';
import type { PartyConfig } from './config';
import { phoneValue, readEmails } from './fields';

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
	context: IExecuteFunctions,
	config: PartyConfig,
	fields: IDataObject,
	itemIndex: number,
	existing?: IDataObject,
): PatchBuilder {
	const node = context.getNode();
	const patch = new PatchBuilder(config.plural);
	for (const field of ['name', 'description', 'firstName', 'lastName', 'jobTitle']) {
		if (fields[field] !== undefined && fields[field] !== '')
			patch.set(field, String(fields[field]));
	}
	if (fields.owner)
		patch.setLink('owner', normaliseId(node, fields.owner, 'users', 'Owner', itemIndex));
	if (fields.territory)
		patch.setLink(
			'territory',
			normaliseId(node, fields.territory, 'territories', 'Territory', itemIndex),
		);
	const knownEmails = listValues(existing, 'emails');
	const emails = readEmails(context, fields.emails, 'Emails', itemIndex).filter(
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
		normaliseIds(node, fields.tags, 'tags', 'Tags', itemIndex).filter((id) => !tags.includes(id)),
	);
	patch.removeLinks(
		'tags',
		normaliseIds(node, fields.removeTags, 'tags', 'Remove Tags', itemIndex),
	);
	const related = linkValues(existing, config.related.plural);
	patch.addLinks(
		config.related.plural,
		normaliseIds(
			node,
			fields.relatedIds,
			config.related.plural,
			config.related.displayName,
			itemIndex,
		).filter((id) => !related.includes(id)),
	);
	patch.removeLinks(
		config.related.plural,
		normaliseIds(
			node,
			fields.removeRelatedIds,
			config.related.plural,
			`Remove ${config.related.displayName}`,
			itemIndex,
		),
	);
	return patch;
}
