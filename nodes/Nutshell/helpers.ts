import type { IDataObject, IExecuteFunctions, INode } from 'n8n-workflow';

import { inputError } from '../shared/errors';
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

/** Comma-separated text (or an array from an expression) → trimmed, non-empty strings. */
export function splitList(value: unknown): string[] {
	const list = Array.isArray(value)
		? value
		: typeof value === 'string'
			? value.split(',')
			: value === undefined || value === null
				? []
				: [value];
	return list.map((entry) => String(entry).trim()).filter(Boolean);
}

const definitionsCache = new WeakMap<object, Map<CustomFieldEntity, string[]>>();

/** Custom field definitions (display names) of an entity; cached per node run. */
export async function customFieldNames(
	this: IExecuteFunctions,
	entity: CustomFieldEntity,
	itemIndex: number,
): Promise<string[]> {
	const cached = definitionsCache.get(this)?.get(entity);
	if (cached) return cached;
	const response = await nutshellRequest({ n8n: this, index: itemIndex }, 'GET', `/${entity}/customfields/attributes`, {
		itemIndex,
	});
	// Accounts answer {customFields: [...]}, leads and contacts a bare array (https://developers.nutshell.com/reference, custom fields).
	const names = recordsOf(response.body, 'customFields').map((field) =>
		String(field.name ?? field.title ?? ''),
	);
	const perRun = definitionsCache.get(this) ?? new Map<CustomFieldEntity, string[]>();
	perRun.set(entity, names);
	definitionsCache.set(this, perRun);
	return names;
}

/**
 * Reads the 'Custom Fields' fixed collection ({ field: [{ name, value }] }) and checks every name
 * against the entity's definitions, so a typo fails the item before anything is written.
 */
export async function readCustomFields(
	this: IExecuteFunctions,
	entity: CustomFieldEntity,
	itemIndex: number,
): Promise<IDataObject | undefined> {
	const entries = collectionEntries<{ name?: string; value?: unknown }>(
		this.getNodeParameter('customFields', itemIndex, {}),
		'field',
	).filter((entry) => String(entry.name ?? '').trim() !== '');
	if (!entries.length) return undefined;
	const known = await customFieldNames.call(this, entity, itemIndex);
	const values: IDataObject = {};
	for (const entry of entries) {
		const name = String(entry.name).trim();
		if (!known.includes(name)) {
			throw inputError(
				this.getNode(),
				'Custom Fields',
				`names "${name}", which is not a custom field of ${entity} (known: ${known.join(', ') || 'none'})`,
				itemIndex,
			);
		}
		values[name] = entry.value === undefined || entry.value === null ? '' : String(entry.value);
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
	requireChanges(node: INode, itemIndex: number): PatchOperation[] {
		if (!this.operations.length) {
			throw inputError(
				node,
				'Update Fields',
				'is empty: add at least one field to change',
				itemIndex,
			);
		}
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
