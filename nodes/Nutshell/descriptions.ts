import type { INodeProperties } from 'n8n-workflow';

import { concurrencyOption } from '../shared/descriptions';
import { DEFAULT_CONCURRENCY } from './transport';

/** Options of a paged list: Concurrency (the kit adds Timeout). */
export const listOptions: INodeProperties = {
	displayName: 'Options',
	name: 'options',
	type: 'collection',
	placeholder: 'Add Option',
	default: {},
	options: [
		concurrencyOption(
			DEFAULT_CONCURRENCY,
			'Nutshell publishes no rate limit, so the default stays low.',
		),
	],
};

const DYNAMIC =
	'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>';

/** The lead picker: search, REST id, or the lead number shown in the app (which is not the id). */
export function leadLocator(overrides: Partial<INodeProperties> = {}): INodeProperties {
	return {
		displayName: 'Lead',
		name: 'leadId',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		description:
			'The lead: pick it, enter its ID (e.g. 1003-leads), or its lead number as shown in Nutshell (e.g. Lead-1000). A lead number is not a lead ID.',
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: 'searchLeads', searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: 'e.g. 1003-leads',
				validation: [
					{
						type: 'regex',
						properties: {
							regex: '^\\s*\\d+(-leads)?\\s*$',
							errorMessage: 'A lead ID looks like 1003-leads (or 1003)',
						},
					},
				],
			},
			{
				displayName: 'By Lead Number',
				name: 'number',
				type: 'string',
				placeholder: 'e.g. Lead-1000',
				validation: [
					{
						type: 'regex',
						properties: {
							regex: '^\\s*(?:[Ll]ead-)?\\d+\\s*$',
							errorMessage: 'A lead number looks like Lead-1000 (or 1000)',
						},
					},
				],
			},
		],
		...overrides,
	};
}

/** A person / company picker: search, id (`7` or `7-contacts`), or a pasted app URL. */
export function recordLocator(options: {
	parameter: string;
	label: string;
	searchListMethod: string;
	idType: string;
	urlSegment: string;
	help: string;
}): INodeProperties {
	return {
		displayName: options.label,
		name: options.parameter,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		description: options.help,
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: options.searchListMethod, searchable: true },
			},
			{ displayName: 'By ID', name: 'id', type: 'string', placeholder: `e.g. 7-${options.idType}` },
			{
				displayName: 'By URL',
				name: 'url',
				type: 'string',
				placeholder: `e.g. https://app.nutshell.com/${options.urlSegment}/7`,
				extractValue: { type: 'regex', regex: `/${options.urlSegment}/(\\d+)` },
				validation: [
					{
						type: 'regex',
						properties: {
							regex: `.*/${options.urlSegment}/\\d+.*`,
							errorMessage: `Not a Nutshell ${options.label.toLowerCase()} URL`,
						},
					},
				],
			},
		],
	};
}

/** A plain id field for records without a search (activities, tasks, notes, reference data). */
export function idField(
	name: string,
	displayName: string,
	type: string,
	description: string,
): INodeProperties {
	return {
		displayName,
		name,
		type: 'string',
		required: true,
		default: '',
		placeholder: `e.g. 7-${type}`,
		description,
	};
}

/** A dropdown backed by loadOptions; its name ends in "Name or ID" as n8n's lint wants. */
export function dynamicOptions(
	displayName: string,
	name: string,
	method: string,
	extra: Partial<INodeProperties> = {},
): INodeProperties {
	return loadedOptions(`${displayName} Name or ID`, name, method, 'options', extra);
}

/** The multi-select variant ("Names or IDs"). */
export function dynamicMultiOptions(
	displayName: string,
	name: string,
	method: string,
	extra: Partial<INodeProperties> = {},
): INodeProperties {
	return loadedOptions(`${displayName} Names or IDs`, name, method, 'multiOptions', extra);
}

function loadedOptions(
	displayName: string,
	name: string,
	method: string,
	type: 'options' | 'multiOptions',
	extra: Partial<INodeProperties>,
): INodeProperties {
	return {
		displayName,
		name,
		type,
		typeOptions: { loadOptionsMethod: method },
		default: type === 'options' ? '' : [],
		description: DYNAMIC,
		...extra,
	} as INodeProperties;
}

/** An email field (Create or Update by email, Find by Email). */
export function emailField(description: string): INodeProperties {
	return {
		displayName: 'Email',
		name: 'email',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. name@email.com',
		description,
	};
}

/** Custom field values by display name, the names loaded from the entity's definitions. */
export function customFieldsField(method: string): INodeProperties {
	return {
		displayName: 'Custom Fields',
		name: 'customFields',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Custom Field',
		default: {},
		description:
			'Custom field values, by field name; names are checked against Nutshell before anything is sent',
		options: [
			{
				displayName: 'Field',
				name: 'field',
				values: [
					{ ...dynamicOptions('Field', 'name', method) },
					{
						displayName: 'Value',
						name: 'value',
						type: 'string',
						default: '',
						description: 'Value to store in the field',
					},
				],
			},
		],
	};
}

export function idListField(
	displayName: string,
	name: string,
	type: string,
	description: string,
): INodeProperties {
	return {
		displayName,
		name,
		type: 'string',
		default: '',
		placeholder: `e.g. 7-${type}, 8-${type}`,
		description,
	};
}

/** Collection options in alphabetical order, as n8n's lint wants them. */
export function sorted(options: INodeProperties[]): INodeProperties[] {
	return [...options].sort((a, b) => a.displayName.localeCompare(b.displayName));
}

/** Company / Lead / Person choices, with the value each caller needs for them. */
export function entityKindOptions(values: {
	company: string;
	lead: string;
	person: string;
}): Array<{ name: string; value: string }> {
	return [
		{ name: 'Company', value: values.company },
		{ name: 'Lead', value: values.lead },
		{ name: 'Person', value: values.person },
	];
}

/** An optional-fields collection (Additional Fields, Update Fields, Filters), options in alphabetical order. */
export function optionalFields(
	displayName: string,
	name: string,
	placeholder: string,
	options: INodeProperties[],
): INodeProperties {
	return {
		displayName,
		name,
		type: 'collection',
		placeholder,
		default: {},
		options: sorted(options),
	};
}

/** A Get Many filter on one lead, by its REST id (`filter[lead]`, or the lead's links). */
export function leadIdFilter(description: string): INodeProperties {
	return {
		displayName: 'Lead ID',
		name: 'lead',
		type: 'string',
		default: '',
		placeholder: 'e.g. 1003-leads',
		description,
	};
}
