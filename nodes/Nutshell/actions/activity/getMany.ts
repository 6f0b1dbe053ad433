import type { IDataObject } from 'n8n-workflow';

import { returnAllOrLimit } from '../../../shared/descriptions';
import { defineOperation, splitList } from '../../../shared/kit';
import type { Item } from '../../../shared/kit';
import { dynamicOptions, idListField, optionalFields } from '../../descriptions';
import { filterDate } from '../../helpers';
import { nutshellId } from '../../ids';
import { nutshellRequest, recordsOf } from '../../transport';

/**
 * /activities has no page parameters, only `limit` (https://developers.nutshell.com/reference,
 * Activities); Return All asks for the documented maximum.
 */
const MAX_ACTIVITIES = 10_000;

/** Participants are people (`7`, `7-contacts`) or users (`1-users`). */
function participantIds(item: Item, value: unknown): string[] {
	return splitList(value).map(
		(raw) =>
			nutshellId(item, raw, /-users$/i.test(raw) ? 'users' : 'contacts', 'Participant IDs').raw,
	);
}

/** The query of the filters; bad values are refused before anything is sent. */
function activityQuery(item: Item, limit: number): IDataObject {
	const { node, index } = item;
	const filters = item.collection('filters');
	const qs: IDataObject = { limit };
	if (filters.q) qs.q = filters.q;
	const participants = participantIds(item, filters.participants);
	if (participants.length) qs['filter[participant][]'] = participants;
	if (Array.isArray(filters.status) && filters.status.length)
		qs['filter[status][]'] = filters.status;
	if (filters.activityType) {
		const type = nutshellId(item, filters.activityType, 'activityTypes', 'Activity Type');
		qs['filter[activityType]'] = Number(type.raw.split('-')[0]);
	}
	if (filters.flagged) qs['filter[flagged]'] = true;
	if (filters.dateMin)
		qs['filter[dateMin]'] = filterDate(node, filters.dateMin, 'From Date', index, 'day');
	if (filters.dateMax)
		qs['filter[dateMax]'] = filterDate(node, filters.dateMax, 'To Date', index, 'day');
	if (
		qs['filter[dateMin]'] &&
		qs['filter[dateMax]'] &&
		String(qs['filter[dateMin]']) > String(qs['filter[dateMax]'])
	) {
		throw item.fail('From Date', 'is later than To Date');
	}
	return qs;
}

export const getMany = defineOperation('getMany', {
	name: 'Get Many',
	action: 'Get many activities',
	description: 'Retrieve activities by participant, status, type and date range',
	fields: [
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
	],
	input: (item) => {
		const limit = item.limit() ?? MAX_ACTIVITIES;
		return { limit, qs: activityQuery(item, limit) };
	},
	run: async (item, { limit, qs }) => {
		const response = await nutshellRequest(item, 'GET', '/activities', { qs });
		return recordsOf(response.body, 'activities').slice(0, limit);
	},
});
