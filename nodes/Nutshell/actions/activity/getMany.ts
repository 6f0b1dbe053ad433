import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { describeOperation, returnAllOrLimit } from '../../../shared/descriptions';
import { inputError } from '../../../shared/errors';
import { toItems } from '../../../shared/router';
import { dynamicOptions, idListField, optionalFields } from '../../descriptions';
import { filterDate, splitList } from '../../helpers';
import { normaliseId } from '../../ids';
import { nutshellRequest, recordsOf } from '../../transport';

/** /activities has no page parameters, only `limit` (https://developers.nutshell.com/reference, Activities); Return All asks for the documented maximum. */
const MAX_ACTIVITIES = 10_000;

export const description = describeOperation('activity', 'getMany', [
	...returnAllOrLimit(MAX_ACTIVITIES),
	optionalFields('Filters', 'filters', 'Add Filter', [
		dynamicOptions('Activity Type', 'activityType', 'getActivityTypes'),
		{
			displayName: 'Flagged Only',
			name: 'flagged',
			type: 'boolean',
			default: false,
			description: 'Whether to return only flagged activities',
		},
		{
			displayName: 'From Date',
			name: 'dateMin',
			type: 'dateTime',
			default: '',
			description: 'Earliest day to include',
		},
		idListField(
			'Participant IDs',
			'participants',
			'contacts',
			'People (7-contacts) or users (1-users) taking part, separated by commas',
		),
		{
			displayName: 'Search Text',
			name: 'q',
			type: 'string',
			default: '',
			description: 'Free-text search',
		},
		{
			displayName: 'Status',
			name: 'status',
			type: 'multiOptions',
			default: [],
			options: [
				{ name: 'Cancelled', value: 'cancelled' },
				{ name: 'Logged', value: 'logged' },
				{ name: 'Scheduled', value: 'scheduled' },
			],
			description: 'Only activities with these statuses',
		},
		{
			displayName: 'To Date',
			name: 'dateMax',
			type: 'dateTime',
			default: '',
			description: 'Latest day to include',
		},
	]),
]);

/** Participants are people (`7`, `7-contacts`) or users (`1-users`). */
function participantIds(context: IExecuteFunctions, value: unknown, itemIndex: number): string[] {
	return splitList(value).map((raw) =>
		normaliseId(
			context.getNode(),
			raw,
			/-users$/i.test(raw) ? 'users' : 'contacts',
			'Participant IDs',
			itemIndex,
		),
	);
}

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const node = this.getNode();
	const returnAll = this.getNodeParameter('returnAll', itemIndex, false) as boolean;
	const limit = returnAll
		? MAX_ACTIVITIES
		: (this.getNodeParameter('limit', itemIndex, 50) as number);
	const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const qs: IDataObject = { limit };
	if (filters.q) qs.q = filters.q;
	const participants = participantIds(this, filters.participants, itemIndex);
	if (participants.length) qs['filter[participant][]'] = participants;
	if (Array.isArray(filters.status) && filters.status.length)
		qs['filter[status][]'] = filters.status;
	if (filters.activityType)
		qs['filter[activityType]'] = Number(
			String(
				normaliseId(node, filters.activityType, 'activityTypes', 'Activity Type', itemIndex),
			).split('-')[0],
		);
	if (filters.flagged) qs['filter[flagged]'] = true;
	if (filters.dateMin)
		qs['filter[dateMin]'] = filterDate(node, filters.dateMin, 'From Date', itemIndex, 'day');
	if (filters.dateMax)
		qs['filter[dateMax]'] = filterDate(node, filters.dateMax, 'To Date', itemIndex, 'day');
	if (
		qs['filter[dateMin]'] &&
		qs['filter[dateMax]'] &&
		String(qs['filter[dateMin]']) > String(qs['filter[dateMax]'])
	) {
		throw inputError(node, 'From Date', 'is later than To Date', itemIndex);
	}
	const response = await nutshellRequest({ n8n: this, index: itemIndex }, 'GET', '/activities', { qs, itemIndex });
	return toItems(recordsOf(response.body, 'activities').slice(0, limit), itemIndex);
}
