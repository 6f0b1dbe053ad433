import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { Item } from '../shared/kit';
import { dynamicMultiOptions, dynamicOptions, optionalFields } from './descriptions';
import { collectionEntries, filterDate } from './helpers';
import { nutshellId, normaliseIds } from './ids';
import { DEFAULT_CONCURRENCY, getAllPages } from './transport';

/**
 * Filters shared by the lead, person and company lists. They become `filter[...]` query keys
 * (`filter[owners]`, `filter[tags][]`, `filter[createdTime]=A TO B`); `q` is free-text search.
 */
export function listFilterFields(
	entityFilterMethod: string,
	extra: INodeProperties[] = [],
): INodeProperties[] {
	const filters: INodeProperties[] = [
		{
			displayName: 'Additional Filters',
			name: 'additional',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			placeholder: 'Add Filter',
			default: {},
			description: 'Any other filter Nutshell lists for this entity, sent as filter[key]=value',
			options: [
				{
					name: 'filter',
					displayName: 'Filter',
					values: [
						dynamicOptions('Field', 'key', entityFilterMethod),
						{
							displayName: 'Value',
							name: 'value',
							type: 'string',
							default: '',
							description: 'Value to match, e.g. >1020 for a range, or an ID such as 3-tags',
						},
					],
				},
			],
		},
		{
			displayName: 'Created After',
			name: 'createdAfter',
			type: 'dateTime',
			default: '',
			description: 'Only records created at or after this time (UTC)',
		},
		{
			displayName: 'Created Before',
			name: 'createdBefore',
			type: 'dateTime',
			default: '',
			description: 'Only records created at or before this time (UTC)',
		},
		dynamicOptions('Owner', 'owner', 'getUsers'),
		{
			displayName: 'Search Text',
			name: 'q',
			type: 'string',
			default: '',
			description: 'Free-text search across the record and its related information',
		},
		dynamicMultiOptions('Tag', 'tags', 'getTags'),
		...extra,
	];
	return [optionalFields('Filters', 'filters', 'Add Filter', filters)];
}

export function sortField(fields: string[]): INodeProperties {
	return optionalFields('Sort', 'sort', 'Add Sort', [
		{
			displayName: 'Descending',
			name: 'descending',
			type: 'boolean',
			default: false,
			description: 'Whether to sort from the highest to the lowest value',
		},
		{
			displayName: 'Sort By',
			name: 'field',
			type: 'options',
			default: 'name',
			options: fields.map((field) => ({
				name: field.replace(/([A-Z])/g, ' $1').replace(/^./, (c) => c.toUpperCase()),
				value: field,
			})),
			description: 'Field to sort by',
		},
	]);
}

/** Query string of the filters and sort above; bad values are refused before anything is sent. */
export function listQuery(item: Item): IDataObject {
	const { node, index } = item;
	const filters = item.collection('filters');
	const qs: IDataObject = {};
	if (filters.q) qs.q = filters.q;
	if (filters.email) qs.email = String(filters.email).trim();
	if (filters.owner) qs['filter[owners]'] = nutshellId(item, filters.owner, 'users', 'Owner').raw;
	const tags = normaliseIds(item, filters.tags, 'tags', 'Tags');
	if (tags.length) qs['filter[tags][]'] = tags;
	if (filters.pipeline)
		qs['filter[stageset]'] = nutshellId(item, filters.pipeline, 'stagesets', 'Pipeline').raw;
	if (filters.number)
		qs['filter[number]'] = String(filters.number)
			.trim()
			.replace(/^lead-/i, '');
	if (filters.createdAfter || filters.createdBefore) {
		const from = filters.createdAfter
			? filterDate(node, filters.createdAfter, 'Created After', index, 'second')
			: '1970-01-01T00:00:00';
		const to = filters.createdBefore
			? filterDate(node, filters.createdBefore, 'Created Before', index, 'second')
			: '2999-12-31T23:59:59';
		if (from > to) throw item.fail('Created After', 'is later than Created Before');
		qs['filter[createdTime]'] = `${from} TO ${to}`;
	}
	const additional = collectionEntries<{ key?: string; value?: string }>(
		filters.additional,
		'filter',
	);
	for (const entry of additional) {
		const key = String(entry.key ?? '').trim();
		if (!key) continue;
		if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(key))
			throw item.fail('Additional Filters', `has an invalid field name "${key}"`);
		qs[`filter[${key}]`] = String(entry.value ?? '');
	}
	const sort = item.collection('sort');
	if (sort.field) qs.sort = `${sort.descending ? '-' : ''}${String(sort.field)}`;
	return qs;
}

/** What Get Many of leads, people and companies reads (filters, sort, Limit, Simplify…). */
export interface ListInput {
	qs: IDataObject;
	limit: number | undefined;
	simple: boolean;
	concurrency: number;
}

export function readList(item: Item): ListInput {
	return {
		qs: listQuery(item),
		limit: item.limit(),
		simple: item.boolean('simple', true),
		concurrency: item.concurrency(DEFAULT_CONCURRENCY),
	};
}

/** The records of a main list, simplified as each page arrives when Simplify is on. */
export async function getList(
	item: Item,
	plural: string,
	{ qs, limit, simple, concurrency }: ListInput,
	simplify: (record: IDataObject) => IDataObject,
): Promise<IDataObject[]> {
	return await getAllPages(item, `/${plural}`, plural, {
		qs,
		returnAll: limit === undefined,
		limit,
		concurrency,
		map: simple ? simplify : undefined,
	});
}
