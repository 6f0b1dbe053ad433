import type { IDataObject, IExecuteFunctions, INode } from 'n8n-workflow';

import { inputError } from '../shared/errors';
import { idSegment } from '../shared/ids';
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
	| 'industries'
	| 'leads'
	| 'markets'
	| 'notes'
	| 'outcomes'
	| 'products'
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
	if (match)
		throw inputError(
			node,
			parameter,
			`is a ${match[2]} ID ("${plain}"), but a ${type} ID is expected`,
			itemIndex,
			`Use an ID such as 7-${type}, or just the number.`,
		);
	throw inputError(
		node,
		parameter,
		`"${plain}" is not a Nutshell ID`,
		itemIndex,
		`Use an ID such as 7-${type}, or just the number.`,
	);
}

/** A normalised id, percent-encoded as exactly one path segment. */
export function idPath(
	node: INode,
	value: unknown,
	type: NutshellType,
	parameter: string,
	itemIndex: number,
): string {
	return idSegment(
		node,
		normaliseId(node, value, type, parameter, itemIndex),
		parameter,
		itemIndex,
	);
}

/** A comma-separated list (or array) of ids, each normalised; empty entries are dropped. */
export function normaliseIds(
	node: INode,
	value: unknown,
	type: NutshellType,
	parameter: string,
	itemIndex: number,
): string[] {
	const list = Array.isArray(value)
		? value
		: typeof value === 'string'
			? value.split(',')
			: value === undefined || value === null || value === ''
				? []
				: [value];
	return list
		.map((entry) => (typeof entry === 'string' ? entry.trim() : entry))
		.filter((entry) => entry !== '' && entry !== undefined && entry !== null)
		.map((entry) => normaliseId(node, entry, type, parameter, itemIndex));
}

/**
 * The lead locator: mode `id` takes a REST id (`1003-leads` or `1003`); mode `number` takes the lead
 * number people see in the app (`Lead-1000` or `1000`), which is NOT the id and is looked up with
 * `filter[number]`. Returns the encoded id path segment.
 */
export async function resolveLeadId(
	this: IExecuteFunctions,
	parameter: string,
	itemIndex: number,
): Promise<string> {
	const node = this.getNode();
	const locator = this.getNodeParameter(parameter, itemIndex, {}) as {
		mode?: string;
		value?: unknown;
	};
	const value = this.getNodeParameter(parameter, itemIndex, '', { extractValue: true }) as unknown;
	if (locator.mode !== 'number') return idPath(node, value, 'leads', 'Lead', itemIndex);
	const number = String(value ?? '')
		.trim()
		.replace(/^lead-/i, '');
	if (!/^\d+$/.test(number))
		throw inputError(
			node,
			'Lead',
			`"${String(value ?? '')}" is not a lead number (e.g. 1000 or Lead-1000)`,
			itemIndex,
		);
	const found = await getAllPages({ n8n: this, index: itemIndex }, '/leads', 'leads', {
		qs: { 'filter[number]': number },
		returnAll: false,
		limit: 1,
	});
	const lead = found.find((record: IDataObject) => String(record.number) === number);
	if (!lead)
		throw inputError(
			node,
			'Lead',
			`number ${number} matches no lead`,
			itemIndex,
			'A lead number is the number shown in the app (Lead-1000); it is not the lead ID (e.g. 1003-leads).',
		);
	return idSegment(node, lead.id, 'Lead', itemIndex);
}

/** The encoded id path segment of a plain id parameter (e.g. 'activityId'). */
export function idParameter(
	context: IExecuteFunctions,
	parameter: string,
	type: NutshellType,
	label: string,
	itemIndex: number,
): string {
	return idPath(
		context.getNode(),
		context.getNodeParameter(parameter, itemIndex, ''),
		type,
		label,
		itemIndex,
	);
}
