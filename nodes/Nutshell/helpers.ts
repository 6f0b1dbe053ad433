import type { IDataObject, INode } from 'n8n-workflow';

import type { Item } from '../shared/kit';
import type { RequestScope } from '../shared/types';
import { isoDateSchema, parseWith } from '../shared/validate';
import { nutshellRequest, recordsOf } from './transport';
import type { PatchOperation } from './transport';
import { customFieldPatch, pointerSegment } from './unconfirmed';

export type CustomFieldEntity = 'leads' | 'contacts' | 'accounts';

/** ISO date/time (no offset = UTC) → Unix seconds; refused with the parameter's name otherwise. */
export function toUnixSeconds(
	node: INode,
	value: unknown,
	parameter: string,
	itemIndex: number,
): number {
	const text = parseWith(
		node,
		isoDateSchema,
		typeof value === 'string' ? value : String(value ?? ''),
		parameter,
		itemIndex,
	);
	const withZone = /(?:Z|[+-]\d{2}:?\d{2})$/i.test(text) || !text.includes('T') ? text : `${text}Z`;
	return Math.floor(Date.parse(text.includes('T') ? withZone : `${text}T00:00:00Z`) / 1000);
}

/**
 * A date for Nutshell's filters, in UTC: `YYYY-MM-DDTHH:MM:SS` for `filter[createdTime]` spans,
 * `YYYY-MM-DD` for dateMin / dateMax.
 */
export function filterDate(
	node: INode,
	value: unknown,
	parameter: string,
	itemIndex: number,
	precision: 'second' | 'day',
): string {
	const iso = new Date(toUnixSeconds(node, value, parameter, itemIndex) * 1000).toISOString();
	return iso.slice(0, precision === 'day' ? 10 : 19);
}

/**
 * Custom field definitions (display names) of an entity. A cache per node run (keyed on n8n's
 * execution context), so a run of many items reads each entity's definitions once.
 */
const definitionsCache = new WeakMap<object, Map<CustomFieldEntity, string[]>>();

export async function customFieldNames(
	scope: RequestScope,
	entity: CustomFieldEntity,
): Promise<string[]> {
	const cached = definitionsCache.get(scope.n8n)?.get(entity);
	if (cached) return cached;
	const response = await nutshellRequest(scope, 'GET', `/${entity}/customfields/attributes`);
	// Accounts answer {customFields: [...]}, leads and contacts a bare array
	// (https://developers.nutshell.com/reference, custom fields).
	const names = recordsOf(response.body, 'customFields').map((field) =>
		String(field.name ?? field.title ?? ''),
	);
	const perRun = definitionsCache.get(scope.n8n) ?? new Map<CustomFieldEntity, string[]>();
	perRun.set(entity, names);
	definitionsCache.set(scope.n8n, perRun);
	return names;
}

export interface CustomFieldEntry {
	name: string;
	value: string;
}

/** The 'Custom Fields' fixed collection ({ field: [{ name, value }] }); nameless entries dropped. */
export function readCustomFieldEntries(item: Item): CustomFieldEntry[] {
	return collectionEntries<{ name?: string; value?: unknown }>(
		item.raw('customFields', {}),
		'field',
	)
		.filter((entry) => String(entry.name ?? '').trim() !== '')
		.map((entry) => ({
			name: String(entry.name).trim(),
			value: entry.value === undefined || entry.value === null ? '' : String(entry.value),
		}));
}

/**
 * Checks every custom field name against the entity's definitions (read once per run), so a typo
 * fails the item before anything is written; the values by name, or undefined when there are none.
 */
export async function checkCustomFields(
	item: Item,
	entity: CustomFieldEntity,
	entries: CustomFieldEntry[],
): Promise<IDataObject | undefined> {
	if (!entries.length) return undefined;
	const known = await customFieldNames(item, entity);
	const values: IDataObject = {};
	for (const { name, value } of entries) {
		if (!known.includes(name)) {
			const list = known.join(', ') || 'none';
			throw item.fail(
				'Custom Fields',
				`names "${name}", which is not a custom field of ${entity} (known: ${list})`,
			);
		}
		values[name] = value;
	}
	return values;
}

/** JSON Patch operations from plain n8n fields; the user never writes JSON Patch. */
export class PatchBuilder {
	readonly operations: PatchOperation[] = [];

	constructor(private readonly plural: string) {}

	set(field: string, value: unknown): this {
		if (value !== undefined)
			this.operations.push({
				op: 'replace',
				path: `/${this.plural}/0/${pointerSegment(field)}`,
				value: value as string,
			});
		return this;
	}

	setLink(relation: string, id: string | undefined): this {
		if (id)
			this.operations.push({
				op: 'replace',
				path: `/${this.plural}/0/links/${relation}`,
				value: id,
			});
		return this;
	}

	addToList(field: string, values: IDataObject[]): this {
		for (const value of values)
			this.operations.push({ op: 'add', path: `/${this.plural}/0/${field}/-`, value });
		return this;
	}

	addLinks(relation: string, ids: string[]): this {
		for (const id of ids)
			this.operations.push({ op: 'add', path: `/${this.plural}/0/links/${relation}/-`, value: id });
		return this;
	}

	removeLinks(relation: string, ids: string[]): this {
		for (const id of ids)
			this.operations.push({
				op: 'remove',
				path: `/${this.plural}/0/links/${relation}/${pointerSegment(id)}`,
			});
		return this;
	}

	customFields(values: IDataObject | undefined): this {
		for (const [name, value] of Object.entries(values ?? {}))
			this.operations.push(customFieldPatch(this.plural, name, String(value)));
		return this;
	}

	/** Refuses an update that would change nothing (Nutshell answers "No patches sent"). */
	requireChanges(item: Item, customFields: CustomFieldEntry[] = []): PatchOperation[] {
		if (!this.operations.length && !customFields.length)
			throw item.fail('Update Fields', 'is empty: add at least one field to change');
		return this.operations;
	}

	add(operation: PatchOperation): this {
		this.operations.push(operation);
		return this;
	}
}

/** The entries of a fixed collection (`{ field: [...] }`), whatever shape the editor stored. */
export function collectionEntries<T extends object>(collection: unknown, key: string): T[] {
	const value =
		collection && typeof collection === 'object' ? (collection as IDataObject)[key] : undefined;
	if (Array.isArray(value)) return value as T[];
	return value && typeof value === 'object' ? [value as T] : [];
}
