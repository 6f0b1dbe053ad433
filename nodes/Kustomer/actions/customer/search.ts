import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

import { returnAllOrLimit, simplifyField } from '../../../shared/descriptions';
import { defineOperation, splitList } from '../../../shared/kit';
import type { Item } from '../../../shared/kit';
import { parseWith, readJson } from '../../../shared/validate';
import { convert, suffixOf } from '../../custom';
import type { Suffix } from '../../custom';
import { includeDeletedOption, outputOptions, tagsField } from '../../descriptions';
import { shapeOf } from '../../output';
import type { OutputKind } from '../../output';
import { kustomerSearch } from '../../search';
import type { SearchQuery } from '../../search';
import { dateOption } from '../common';

const criterion = z.record(z.unknown());
const querySchema = z
	.object({
		queryContext: z.string().min(1).default('customer'),
		and: z.array(criterion).optional(),
		or: z.array(criterion).optional(),
		not: z.union([criterion, z.array(criterion)]).optional(),
		sort: z.array(z.record(z.enum(['asc', 'desc']))).optional(),
		timeZone: z.string().optional(),
		includeDeleted: z.boolean().optional(),
	})
	.strict();

const SORTS: Record<string, IDataObject> = {
	createdAsc: { customer_created_at: 'asc' },
	createdDesc: { customer_created_at: 'desc' },
	lastMessageDesc: { customer_last_message_at: 'desc' },
	nameAsc: { customer_name: 'asc' },
	updatedAsc: { customer_updated_at: 'asc' },
	updatedDesc: { customer_updated_at: 'desc' },
};

const fields: INodeProperties[] = [
	{
		displayName: 'Define Query Using',
		name: 'queryMode',
		type: 'options',
		noDataExpression: true,
		default: 'filters',
		options: [
			{ name: 'Filters', value: 'filters', description: 'Build the query from simple filters' },
			{ name: 'JSON', value: 'json', description: "Write Kustomer's search query DSL yourself" },
		],
	},
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: { show: { queryMode: ['filters'] } },
		options: [
			{
				displayName: 'Attribute Equals',
				name: 'attributes',
				type: 'fixedCollection',
				typeOptions: { multipleValues: true },
				default: {},
				placeholder: 'Add Attribute',
				options: [
					{
						displayName: 'Attribute',
						name: 'attribute',
						values: [
							{
								displayName: 'Name or ID',
								name: 'name',
								type: 'options',
								typeOptions: { loadOptionsMethod: 'getCustomAttributes' },
								default: '',
								description:
									'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
							},
							{ displayName: 'Value', name: 'value', type: 'string', default: '' },
						],
					},
				],
			},
			{ displayName: 'Created After', name: 'createdAfter', type: 'dateTime', default: '' },
			{ displayName: 'Created Before', name: 'createdBefore', type: 'dateTime', default: '' },
			{
				displayName: 'Email Contains',
				name: 'email',
				type: 'string',
				default: '',
				placeholder: 'e.g. @example.com',
			},
			tagsField({ displayName: 'Has Tag Names or IDs' }),
			{ displayName: 'Name Contains', name: 'name', type: 'string', default: '' },
			{
				displayName: 'Updated After',
				name: 'updatedAfter',
				type: 'dateTime',
				default: '',
				description: 'Customers updated at or after this time',
			},
			{ displayName: 'Updated Before', name: 'updatedBefore', type: 'dateTime', default: '' },
		],
	},
	{
		displayName: 'Sort',
		name: 'sort',
		type: 'options',
		default: 'updatedAsc',
		displayOptions: { show: { queryMode: ['filters'] } },
		description:
			"Order of the results. Only 'Updated At (Oldest First)' can return more than 10,000 " +
			'customers.',
		options: [
			{ name: 'Created At (Newest First)', value: 'createdDesc' },
			{ name: 'Created At (Oldest First)', value: 'createdAsc' },
			{ name: 'Last Message (Newest First)', value: 'lastMessageDesc' },
			{ name: 'Name (A-Z)', value: 'nameAsc' },
			{ name: 'Updated At (Newest First)', value: 'updatedDesc' },
			{ name: 'Updated At (Oldest First)', value: 'updatedAsc' },
		],
	},
	{
		displayName: 'Query (JSON)',
		name: 'query',
		type: 'json',
		default:
			'{\n  "queryContext": "customer",\n  "and": [{ "customer_updated_at": { "gte": "2026-01-01T00:00:00Z" } }],\n  "sort": [{ "customer_updated_at": "asc" }]\n}',
		displayOptions: { show: { queryMode: ['json'] } },
		description:
			'Kustomer search body: queryContext (customer, conversation, message, note, company, ' +
			'kobject or kobject_&lt;klass&gt;), and, or, not, sort, timeZone, includeDeleted',
	},
	...returnAllOrLimit(),
	simplifyField,
	outputOptions([
		includeDeletedOption,
		{
			displayName: 'Search Archive',
			name: 'archive',
			type: 'boolean',
			default: false,
			description:
				'Whether to search records last updated more than two years ago instead of the recent ones',
		},
	]),
];

function filterQuery(item: Item): SearchQuery {
	const filters = item.collection('filters');
	const and: IDataObject[] = [];
	const date = (name: string, label: string) => dateOption(item, filters[name], label);
	const range = (field: string, op: string, value: string | undefined) =>
		value && and.push({ [field]: { [op]: value } });
	range('customer_updated_at', 'gte', date('updatedAfter', 'Updated After'));
	range('customer_updated_at', 'lt', date('updatedBefore', 'Updated Before'));
	range('customer_created_at', 'gte', date('createdAfter', 'Created After'));
	range('customer_created_at', 'lt', date('createdBefore', 'Created Before'));
	if (filters.email) and.push({ customer_emails: { contains: String(filters.email).trim() } });
	if (filters.name) and.push({ customer_name: { contains: String(filters.name).trim() } });
	for (const tag of splitList(filters.tags)) and.push({ customer_tags: { equals: tag } });
	const attributes = (filters.attributes as IDataObject)?.attribute as IDataObject[] | undefined;
	for (const entry of attributes ?? []) {
		const name = String(entry.name ?? '').trim();
		const suffix = suffixOf(name);
		const fail = (problem: string): never => {
			throw item.fail(`Attribute Equals › ${name || '(empty)'}`, problem);
		};
		if (!suffix) fail('needs a custom attribute name with its type suffix, such as loyaltyTierStr');
		const value = convert(entry.value, suffix as Suffix, fail);
		and.push({ [`customer_custom_${name}`]: { equals: value } });
	}
	const sort = SORTS[item.string('sort', 'Sort', { fallback: 'updatedAsc' })] ?? SORTS.updatedAsc;
	return { queryContext: 'customer', and, sort: [sort] };
}

function jsonQuery(item: Item): SearchQuery {
	const { node, index } = item;
	const value = readJson(node, item.raw('query', ''), 'Query (JSON)', index);
	if (value === undefined || value === null) throw item.fail('Query (JSON)', 'is empty');
	return parseWith(node, querySchema, value, 'Query (JSON)', index) as SearchQuery;
}

const KINDS: Record<string, OutputKind> = {
	customer: 'customer',
	conversation: 'conversation',
	message: 'message',
};

export const search = defineOperation('search', {
	name: 'Search',
	action: 'Search customers',
	description: "Find customers with filters or Kustomer's search query",
	fields,
	input: (item) => {
		const mode = item.string('queryMode', 'Define Query Using', { fallback: 'filters' });
		const query = mode === 'json' ? jsonQuery(item) : filterQuery(item);
		const options = item.collection('options');
		if (options.includeDeleted === true) query.includeDeleted = true;
		const archive = options.archive === true;
		const shape = shapeOf(item, KINDS[query.queryContext] ?? 'record');
		return { query, archive, limit: item.limit(), shape };
	},
	run: async (item, { query, archive, limit, shape }) => {
		const paging = { returnAll: limit === undefined, limit };
		return (await kustomerSearch(item, query, { ...paging, archive })).map(shape);
	},
});
