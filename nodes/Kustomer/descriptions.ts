import type { INodeProperties } from 'n8n-workflow';

import { concurrencyOption } from '../shared/descriptions';
import { rawDataOption } from './output';
import { DEFAULT_CONCURRENCY } from './transport';

/** Options › Concurrency of a Get Many. */
export const concurrencyListOption = concurrencyOption(
	DEFAULT_CONCURRENCY,
	'Kustomer allows each org 300 to 2,000 requests a minute, shared by all keys; the node keeps ' +
		'to it from its rate-limit headers.',
);

interface LocatorSpec {
	name: string;
	displayName: string;
	searchListMethod: string;
	/** Segment of the Kustomer app URL before the id, e.g. "customers" in /app/customers/<id>. */
	urlSegment?: string;
	description: string;
}

/** A resource locator: pick from a searchable list, paste a Kustomer URL, or give an ID. */
function locator(spec: LocatorSpec, overrides: Partial<INodeProperties> = {}): INodeProperties {
	return {
		displayName: spec.displayName,
		name: spec.name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		description: spec.description,
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: spec.searchListMethod, searchable: true },
			},
			...(spec.urlSegment
				? [
						{
							displayName: 'By URL',
							name: 'url',
							type: 'string' as const,
							placeholder:
								`e.g. https://acme.kustomerapp.com/app/${spec.urlSegment}/` +
								'5f1e2d3c4b5a69788796a5b4',
							extractValue: {
								type: 'regex' as const,
								regex: `${spec.urlSegment}/([0-9a-fA-F]{24})`,
							},
							validation: [
								{
									type: 'regex' as const,
									properties: {
										regex: `.*${spec.urlSegment}/[0-9a-fA-F]{24}.*`,
										errorMessage: `Not a Kustomer ${spec.displayName.toLowerCase()} URL`,
									},
								},
							],
						},
					]
				: []),
			{
				displayName: 'ID',
				name: 'id',
				type: 'string',
				placeholder: 'e.g. 5f1e2d3c4b5a69788796a5b4',
			},
		],
		...overrides,
	};
}

/** Customer picker: search by name or email, or an id / pasted Kustomer URL. */
export function customerLocator(overrides: Partial<INodeProperties> = {}): INodeProperties {
	return locator(
		{
			name: 'customerId',
			displayName: 'Customer',
			searchListMethod: 'searchCustomers',
			urlSegment: 'customers',
			description: 'The Kustomer customer',
		},
		overrides,
	);
}

export function conversationLocator(overrides: Partial<INodeProperties> = {}): INodeProperties {
	return locator(
		{
			name: 'conversationId',
			displayName: 'Conversation',
			searchListMethod: 'searchConversations',
			urlSegment: 'conversations',
			description: 'The Kustomer conversation',
		},
		overrides,
	);
}

export function userLocator(overrides: Partial<INodeProperties> = {}): INodeProperties {
	return locator(
		{
			name: 'userId',
			displayName: 'User',
			searchListMethod: 'searchUsers',
			description: 'The Kustomer user (agent)',
		},
		overrides,
	);
}

export function teamLocator(overrides: Partial<INodeProperties> = {}): INodeProperties {
	return locator(
		{
			name: 'teamId',
			displayName: 'Team',
			searchListMethod: 'searchTeams',
			description: 'The Kustomer team',
		},
		overrides,
	);
}

export function companyLocator(overrides: Partial<INodeProperties> = {}): INodeProperties {
	return locator(
		{
			name: 'companyId',
			displayName: 'Company',
			searchListMethod: 'searchCompanies',
			urlSegment: 'companies',
			description: 'The Kustomer company',
		},
		overrides,
	);
}

/** The custom object type (Klass) dropdown, from GET /v1/klasses. */
export const klassField: INodeProperties = {
	displayName: 'Custom Object Type Name or ID',
	name: 'klass',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getKlasses' },
	required: true,
	default: '',
	description:
		'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
};

/** The required Name of a Create (company, team, Klass). */
export function nameField(placeholder: string, description?: string): INodeProperties {
	return {
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		placeholder,
		...(description === undefined ? {} : { description }),
	};
}

/** A plain string ID field (for records that have no picker). */
export function idField(name: string, displayName: string, description: string): INodeProperties {
	return {
		displayName,
		name,
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 5f1e2d3c4b5a69788796a5b4',
		description,
	};
}

/** Options collection with Raw Data (the kit adds Timeout) plus any extra options. */
export function outputOptions(extra: INodeProperties[] = []): INodeProperties {
	return {
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [...extra, rawDataOption].sort((a, b) =>
			String(a.displayName).localeCompare(String(b.displayName)),
		),
	};
}

/**
 * Options › Updated Since: switches a Get Many to search (ascending `updatedAt`), for incremental
 * syncs.
 */
export const updatedSinceOption: INodeProperties = {
	displayName: 'Updated Since',
	name: 'updatedSince',
	type: 'dateTime',
	default: '',
	description:
		'Only records updated at or after this time, oldest change first (for incremental syncs). ' +
		'Uses Kustomer search, which covers the last two years unless Include Archived is on.',
};

/** Options › Created Since: like Updated Since, on the creation time (oldest first). */
export const createdSinceOption: INodeProperties = {
	displayName: 'Created Since',
	name: 'createdSince',
	type: 'dateTime',
	default: '',
	description:
		'Only records created at or after this time, oldest first (for syncs of new records). Uses ' +
		'Kustomer search, like Updated Since; set one of the two.',
};

export const includeArchivedOption: INodeProperties = {
	displayName: 'Include Archived',
	name: 'includeArchived',
	type: 'boolean',
	default: false,
	description:
		'Whether to also read records last updated more than two years ago (Kustomer archive search)',
};

export const includeDeletedOption: INodeProperties = {
	displayName: 'Include Deleted',
	name: 'includeDeleted',
	type: 'boolean',
	default: false,
	description: 'Whether to include deleted records (search only; Kustomer sends no delete events)',
};

/** Tags multi-select (GET /v1/tags). */
export function tagsField(overrides: Partial<INodeProperties> = {}): INodeProperties {
	return {
		displayName: 'Tag Names or IDs',
		name: 'tags',
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod: 'getTags' },
		default: [],
		description:
			'Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
		...overrides,
	};
}

/** The Additional Fields (Create) or Update Fields (Update) collection with the given fields. */
export function fieldsCollection(
	name: 'additionalFields' | 'updateFields',
	options: INodeProperties[],
): INodeProperties {
	return {
		displayName: name === 'additionalFields' ? 'Additional Fields' : 'Update Fields',
		name,
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options,
	};
}

/** A Filters collection of a Get Many; `description` says how the filters combine. */
export function filtersCollection(
	options: INodeProperties[],
	description?: string,
): INodeProperties {
	return {
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		...(description === undefined ? {} : { description }),
		options,
	};
}

/** The External ID of a Get by External ID (shown when Get By is External ID). */
export const externalIdField: INodeProperties = {
	displayName: 'External ID',
	name: 'externalId',
	type: 'string',
	required: true,
	default: '',
	displayOptions: { show: { by: ['externalId'] } },
};
