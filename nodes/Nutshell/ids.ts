import type { IDataObject, INode } from 'n8n-workflow';

import { inputError } from '../shared/errors';
import { RecordId } from '../shared/ids';
import { splitList } from '../shared/kit';
import type { Item } from '../shared/kit';
import type { RequestScope } from '../shared/types';
import { getAllPages } from './transport';

/** REST id suffixes (`7-contacts`), by the entity they name. */
export type NutshellType =
	| 'accounts'
	| 'accountTypes'
	| 'activities'
	| 'activityTypes'
	| 'competitors'
	| 'competitorMaps'
	| 'contacts'
	| 'emails'
	| 'industries'
	| 'leads'
	| 'markets'
	| 'notes'
	| 'outcomes'
	| 'productCategories'
	| 'productMaps'
	| 'products'
	| 'quotes'
	| 'sources'
	| 'stages'
	| 'stagesets'
	| 'tags'
	| 'tasks'
	| 'territories'
	| 'users';

/**
 * Normalises a REST id: `7` becomes `7-contacts`; `7-contacts` stays; an id of another type
 * (`7-leads` where a person is expected) or any other text is refused before anything is sent.
 * Also accepts a pasted Nutshell app URL ending in the number (e.g. …/person/7).
 */
export function normaliseId(
	node: INode,
	value: unknown,
	type: NutshellType,
	parameter: string,
	itemIndex: number,
): string {
	if (typeof value === 'object' && value !== null)
		throw inputError(node, parameter, 'must be a single ID, not an object or a list', itemIndex);
	const raw = value === undefined || value === null ? '' : String(value).trim();
	if (raw === '')
		throw inputError(
			node,
			parameter,
			'is empty',
			itemIndex,
			`Enter a Nutshell ID such as 7-${type} (or just 7).`,
		);
	const fromUrl = /^https?:\/\/[^/]+\/[a-z]+\/(\d+)(?:[/?#].*)?$/i.exec(raw)?.[1];
	const plain = fromUrl ?? raw;
	if (/^\d+$/.test(plain)) return `${Number(plain)}-${type}`;
	const match = /^(\d+)-([A-Za-z]+)$/.exec(plain);
	if (match && match[2].toLowerCase() === type.toLowerCase()) return `${Number(match[1])}-${type}`;
	const hint = `Use an ID such as 7-${type}, or just the number.`;
	if (match) {
		const problem = `is a ${match[2]} ID ("${plain}"), but a ${type} ID is expected`;
		throw inputError(node, parameter, problem, itemIndex, hint);
	}
	throw inputError(node, parameter, `"${plain}" is not a Nutshell ID`, itemIndex, hint);
}

/** A value of this item normalised as a Nutshell id of `type`, ready for a path (`.path`). */
export function nutshellId(
	item: Item,
	value: unknown,
	type: NutshellType,
	label: string,
): RecordId {
	const id = normaliseId(item.node, value, type, label, item.index);
	return RecordId.of(item.node, id, label, item.index);
}

/** A plain id parameter (e.g. 'activityId'), normalised. */
export function readId(item: Item, name: string, type: NutshellType, label: string): RecordId {
	return nutshellId(item, item.raw<unknown>(name, ''), type, label);
}

/** An id Nutshell returned (e.g. the record an upsert matched), for the next request's path. */
export function returnedId(scope: RequestScope, raw: unknown): RecordId {
	return RecordId.of(scope.n8n.getNode(), raw, 'id', scope.index ?? 0);
}

/**
 * A comma-separated list (or array) of ids, each normalised, for a body or a query; empty entries
 * are dropped.
 */
export function normaliseIds(
	item: Item,
	value: unknown,
	type: NutshellType,
	label: string,
): string[] {
	const list = Array.isArray(value)
		? value
				.map((entry) => (typeof entry === 'string' ? entry.trim() : entry))
				.filter((entry) => entry !== '' && entry !== undefined && entry !== null)
		: splitList(value);
	return list.map((entry) => normaliseId(item.node, entry, type, label, item.index));
}

/** The lead as chosen: a REST id, or the lead number shown in the app (looked up when run). */
export type LeadRef = { id: RecordId } | { number: string };

/**
 * The lead locator: mode `id` takes a REST id (`1003-leads` or `1003`); mode `number` takes the lead
 * number people see in the app (`Lead-1000` or `1000`), which is NOT the id (see `leadId`).
 */
export function readLead(item: Item, parameter = 'leadId'): LeadRef {
	const { mode } = item.locator(parameter);
	const value = item.raw<unknown>(parameter, '');
	if (mode !== 'number') return { id: nutshellId(item, value, 'leads', 'Lead') };
	const number = String(value ?? '')
		.trim()
		.replace(/^lead-/i, '');
	if (!/^\d+$/.test(number))
		throw item.fail(
			'Lead',
			`"${String(value ?? '')}" is not a lead number (e.g. 1000 or Lead-1000)`,
		);
	return { number };
}

/** The lead's id; a lead number is looked up with `filter[number]`. */
export async function leadId(item: Item, lead: LeadRef): Promise<RecordId> {
	if ('id' in lead) return lead.id;
	const found = await getAllPages(item, '/leads', 'leads', {
		qs: { 'filter[number]': lead.number },
		returnAll: false,
		limit: 1,
	});
	const match = found.find((record: IDataObject) => String(record.number) === lead.number);
	if (!match)
		throw item.fail(
			'Lead',
			`number ${lead.number} matches no lead`,
			'A lead number is the number shown in the app (Lead-1000); it is not the lead ID (e.g. 1003-leads).',
		);
	return RecordId.of(item.node, match.id, 'Lead', item.index);
}
