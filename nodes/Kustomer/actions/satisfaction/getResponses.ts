import type { IDataObject } from 'n8n-workflow';

import { returnAllOrLimit } from '../../../shared/descriptions';
import { defineOperation } from '../../../shared/kit';
import type { Item } from '../../../shared/kit';
import { includeArchivedOption, outputOptions } from '../../descriptions';
import { shapeOf } from '../../output';
import type { Shape } from '../../output';
import { searchUpdatedSince } from '../../search';
import { flatten } from '../../transport';
import type { JsonApiResource } from '../../transport';
import { dateOption } from '../common';

/** The states of a conversation's survey response (`satisfactionLevel.status`). */
const STATUSES = ['canceled', 'commented', 'offered', 'rated', 'scheduled', 'unresponded'] as const;
type Status = (typeof STATUSES)[number];

/** The statuses that mean the customer answered: a rating, and a rating with a comment. */
const ANSWERED: Status[] = ['commented', 'rated'];

/** The fields of `satisfactionLevel` output for each response, in this order. */
const RESPONSE_FIELDS = [
	'status',
	'rating',
	'score',
	'formResponse',
	'form',
	'channel',
	'sentAt',
	'firstAnswer',
	'scheduledFor',
	'updatedAt',
	'createdAt',
	'sentBy',
	'sentByTeams',
];

const title = (value: string) => value[0].toUpperCase() + value.slice(1);

/**
 * A date parameter as ISO 8601 UTC, or undefined when empty. An expression may give a Date or a
 * Luxon DateTime (which reads as ISO text); other text must be ISO 8601.
 */
function dateOf(item: Item, name: string, label: string): string | undefined {
	const value = item.raw<unknown>(name, '');
	return dateOption(
		item,
		value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString() : value,
		label,
	);
}

interface ResponsesInput {
	from: number;
	to: number;
	fromIso: string;
	statuses: Set<string>;
	limit: number | undefined;
	includeArchived: boolean;
	raw: Shape | undefined;
}

/** A conversation's survey response, or undefined when it has none. */
function responseOf(record: JsonApiResource): IDataObject | undefined {
	const level = record.attributes?.satisfactionLevel;
	return level && typeof level === 'object' && !Array.isArray(level)
		? (level as IDataObject)
		: undefined;
}

/**
 * The time a response is placed in the range by: its last change (a rating, then a comment), or its
 * creation when it was never changed. NaN when it has neither.
 */
function respondedAt(response: IDataObject): number {
	const at = response.updatedAt ?? response.createdAt;
	return typeof at === 'string' ? Date.parse(at) : NaN;
}

/** One output item per response: the response's fields with its conversation and customer. */
function responseItem(record: JsonApiResource): IDataObject {
	const response = responseOf(record) ?? {};
	const out: IDataObject = { conversation: record.id, customer: flatten(record).customer };
	for (const field of RESPONSE_FIELDS) out[field] = response[field];
	out.satisfaction = record.attributes?.satisfaction;
	return Object.fromEntries(Object.entries(out).filter(([, value]) => value !== undefined));
}

/**
 * CSAT survey responses given in a date range. Kustomer lists no survey responses, but each
 * conversation carries its response in `satisfactionLevel` (status, rating, score, form response,
 * times), and Kustomer documents no search attribute for it. So this searches conversations updated
 * at or after From (a rating or comment updates its conversation, so every response changed in the
 * range is in one of them), oldest update first on the same keyset walk as Updated Since (past
 * Kustomer's 10,000-result cap), and keeps the responses whose status is chosen and whose own time
 * is in [From, To]. The walk cannot stop at conversations updated after To: a conversation rated in
 * the range and updated again later (a new message, a status change) sorts after To, so it reads to
 * the end; Limit stops it once that many responses are found.
 */
export const getResponses = defineOperation('getResponses', {
	name: 'Get Responses',
	action: 'Get CSAT responses in a date range',
	description:
		'Retrieve customer satisfaction (CSAT) survey responses rated or commented in a date range: rating, score, comment (form response), status, channel and the conversation and customer they belong to',
	fields: [
		{
			displayName: 'Rated From',
			name: 'ratedFrom',
			type: 'dateTime',
			required: true,
			default: '',
			description:
				'Only responses last changed (rated or commented) at or after this time. Every conversation updated since then is read, so a later date is faster.',
		},
		{
			displayName: 'Rated To',
			name: 'ratedTo',
			type: 'dateTime',
			default: '',
			description:
				'Only responses last changed at or before this time. Empty: up to the time the node runs.',
		},
		{
			displayName: 'Status',
			name: 'statuses',
			type: 'multiOptions',
			default: ['commented', 'rated'],
			description:
				'Which responses to return: Rated and Commented are answered surveys; the others were not answered (yet)',
			options: STATUSES.map((value) => ({ name: title(value), value })),
		},
		...returnAllOrLimit(),
		outputOptions([includeArchivedOption]),
	],
	input: (item): ResponsesInput => {
		const fromIso = dateOf(item, 'ratedFrom', 'Rated From');
		if (fromIso === undefined)
			throw item.fail('Rated From', 'is empty: set the start of the range');
		const toIso = dateOf(item, 'ratedTo', 'Rated To') ?? new Date().toISOString();
		if (fromIso > toIso) throw item.fail('Rated From', `is after Rated To (${fromIso} > ${toIso})`);
		const chosen = item.list('statuses', ANSWERED);
		if (chosen.length === 0) throw item.fail('Status', 'is empty: choose at least one status');
		for (const status of chosen)
			if (!(STATUSES as readonly string[]).includes(status))
				throw item.fail(
					'Status',
					`must be among ${STATUSES.map((s) => `"${s}"`).join(', ')}, not ${JSON.stringify(status)}`,
				);
		const options = item.collection('options');
		return {
			from: Date.parse(fromIso),
			to: Date.parse(toIso),
			fromIso,
			statuses: new Set(chosen),
			limit: item.limit(),
			includeArchived: options.includeArchived === true,
			raw: options.rawData === true ? shapeOf(item, 'record') : undefined,
		};
	},
	run: async (item, input) => {
		const inRange = (record: JsonApiResource): boolean => {
			const response = responseOf(record);
			if (!response || !input.statuses.has(String(response.status))) return false;
			const at = respondedAt(response);
			return at >= input.from && at <= input.to;
		};
		const conversations = await searchUpdatedSince(item, {
			queryContext: 'conversation',
			since: input.fromIso,
			includeArchived: input.includeArchived,
			returnAll: input.limit === undefined,
			limit: input.limit,
			keep: inRange,
		});
		return conversations.map(input.raw ?? responseItem);
	},
});
