import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

import { inputError } from '../../../shared/errors';
import { describeOperation, returnAllOrLimit, simplifyField } from '../../../shared/descriptions';
import { parseWith, readJson } from '../../../shared/validate';
import { convert, suffixOf } from '../../custom';
import type { Suffix } from '../../custom';
import { includeDeletedOption, listOf, outputOptions, tagsField } from '../../descriptions';
import { emit } from '../../output';
import { collection, option, param } from '../../params';
import type { OutputKind } from '../../output';
import { kustomerSearch } from '../../search';
import type { SearchQuery } from '../../search';
import { dateOption, pagingParams } from '../common';

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

const properties: INodeProperties[] = [
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
								description: 'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
							},
							{ displayName: 'Value', name: 'value', type: 'string', default: '' },
						],
					},
				],
			},
			{ displayName: 'Created After', name: 'createdAfter', type: 'dateTime', default: '' },
			{ displayName: 'Created Before', name: 'createdBefore', type: 'dateTime', default: '' },
			{ displayName: 'Email Contains', name: 'email', type: 'string', default: '', placeholder: 'e.g. @example.com' },
			tagsField({ displayName: 'Has Tag Names or IDs' }),
			{ displayName: 'Name Contains', name: 'name', type: 'string', default: '' },
			{ displayName: 'Updated After', name: 'updatedAfter', type: 'dateTime', default: '', description: 'Customers updated at or after this time' },
			{ displayName: 'Updated Before', name: 'updatedBefore', type: 'dateTime', default: '' },
		],
	},
	{
		displayName: 'Sort',
		name: 'sort',
		type: 'options',
		default: 'updatedAsc',
		displayOptions: { show: { queryMode: ['filters'] } },
		description: "Order of the results. Only 'Updated At (Oldest First)' can return more than 10,000 customers.",
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
		default: '{\n  "queryContext": "customer",\n  "and": [{ "customer_updated_at": { "gte": "2026-01-01T00:00:00Z" } }],\n  "sort": [{ "customer_updated_at": "asc" }]\n}',
		displayOptions: { show: { queryMode: ['json'] } },
		description: 'Kustomer search body: queryContext (customer, conversation, message, note, company, kobject or kobject_&lt;klass&gt;), and, or, not, sort, timeZone, includeDeleted',
	},
	...returnAllOrLimit(),
	simplifyField,
	outputOptions([
		includeDeletedOption,
		{ displayName: 'Search Archive', name: 'archive', type: 'boolean', default: false, description: 'Whether to search records last updated more than two years ago instead of the recent ones' },
	]),
];

export const description = describeOperation('customer', 'search', properties);

function filterQuery(context: IExecuteFunctions, itemIndex: number): SearchQuery {
	const filters = collection(context, 'filters', itemIndex);
	const and: IDataObject[] = [];
	const date = (name: string, label: string) => dateOption(context, itemIndex, filters[name], label);
	const range = (field: string, op: string, value: string | undefined) => value && and.push({ [field]: { [op]: value } });
	range('customer_updated_at', 'gte', date('updatedAfter', 'Updated After'));
	range('customer_updated_at', 'lt', date('updatedBefore', 'Updated Before'));
	range('customer_created_at', 'gte', date('createdAfter', 'Created After'));
	range('customer_created_at', 'lt', date('createdBefore', 'Created Before'));
	if (filters.email) and.push({ customer_emails: { contains: String(filters.email).trim() } });
	if (filters.name) and.push({ customer_name: { contains: String(filters.name).trim() } });
	for (const tag of listOf(filters.tags)) and.push({ customer_tags: { equals: tag } });
	for (const entry of ((filters.attributes as IDataObject)?.attribute as IDataObject[] | undefined) ?? []) {
		const name = String(entry.name ?? '').trim();
		const suffix = suffixOf(name);
		const fail = (problem: string): never => {
			throw inputError(context.getNode(), `Attribute Equals › ${name || '(empty)'}`, problem, itemIndex);
		};
		if (!suffix) fail('needs a custom attribute name with its type suffix, such as loyaltyTierStr');
		and.push({ [`customer_custom_${name}`]: { equals: convert(entry.value, suffix as Suffix, fail) } });
	}
	const sort = SORTS[param(context, 'sort', itemIndex, 'updatedAsc')] ?? SORTS.updatedAsc;
	return { queryContext: 'customer', and, sort: [sort] };
}

function jsonQuery(context: IExecuteFunctions, itemIndex: number): SearchQuery {
	const node = context.getNode();
	const value = readJson(node, context.getNodeParameter('query', itemIndex, ''), 'Query (JSON)', itemIndex);
	if (value === undefined || value === null) throw inputError(node, 'Query (JSON)', 'is empty', itemIndex);
	return parseWith(node, querySchema, value, 'Query (JSON)', itemIndex) as SearchQuery;
}

const KINDS: Record<string, OutputKind> = { customer: 'customer', conversation: 'conversation', message: 'message' };

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const mode = param(this, 'queryMode', itemIndex, 'filters');
	const query = mode === 'json' ? jsonQuery(this, itemIndex) : filterQuery(this, itemIndex);
	if (option(this, itemIndex, 'includeDeleted', false)) query.includeDeleted = true;
	const archive = option(this, itemIndex, 'archive', false);
	const records = await kustomerSearch.call(this, query, { ...pagingParams(this, itemIndex), archive, itemIndex });
	return emit(this, itemIndex, KINDS[query.queryContext] ?? 'record', records);
}
