import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { Item } from '../../../shared/kit';
import { dynamicMultiOptions, dynamicOptions, idField, idListField } from '../../descriptions';
import { toUnixSeconds } from '../../helpers';
import { normaliseIds, nutshellId } from '../../ids';

export const activityIdField = idField(
	'activityId',
	'Activity ID',
	'activities',
	'ID of the activity, e.g. 7-activities (or 7)',
);

/** Optional activity fields, shared by create and update. */
export const activityOptions: INodeProperties[] = [
	dynamicOptions('Activity Type', 'activityType', 'getActivityTypes'),
	{
		displayName: 'Agenda',
		name: 'description',
		type: 'string',
		default: '',
		description: 'What the activity is about',
	},
	{
		displayName: 'All Day',
		name: 'isAllDay',
		type: 'boolean',
		default: false,
		description: 'Whether the activity lasts all day',
	},
	{
		displayName: 'Flagged',
		name: 'isFlagged',
		type: 'boolean',
		default: false,
		description: 'Whether the activity is marked as important',
	},
	{
		displayName: 'Location',
		name: 'location',
		type: 'string',
		default: '',
		description: 'Where it takes place',
	},
	{
		displayName: 'Logged',
		name: 'isLogged',
		type: 'boolean',
		default: false,
		description: 'Whether the activity has already happened (logged) rather than scheduled',
	},
	{
		displayName: 'Note',
		name: 'note',
		type: 'string',
		default: '',
		description: 'Internal note about the activity',
	},
	idListField(
		'Participant Person IDs',
		'personIds',
		'contacts',
		'People taking part, separated by commas',
	),
	dynamicMultiOptions('Participant User', 'userIds', 'getUsers'),
	{
		displayName: 'Transcription',
		name: 'transcription',
		type: 'string',
		default: '',
		description: 'Transcript of a call or meeting',
	},
];

/** Activity fields copied as they are (create body, PUT body). */
export const PLAIN_ACTIVITY_FIELDS = [
	'description',
	'note',
	'location',
	'transcription',
	'isAllDay',
	'isFlagged',
	'isLogged',
];

/** Plain fields as activity body values (ids normalised, times as Unix seconds); checked. */
export function readActivityChanges(item: Item, fields: IDataObject): IDataObject {
	const { node, index } = item;
	const changes: IDataObject = {};
	for (const key of PLAIN_ACTIVITY_FIELDS)
		if (fields[key] !== undefined && fields[key] !== '') changes[key] = fields[key];
	if (fields.name) changes.name = String(fields.name);
	if (fields.activityType)
		changes.activityType = nutshellId(
			item,
			fields.activityType,
			'activityTypes',
			'Activity Type',
		).raw;
	if (fields.startTime)
		changes.startTime = toUnixSeconds(node, fields.startTime, 'Start Time', index);
	if (fields.endTime) changes.endTime = toUnixSeconds(node, fields.endTime, 'End Time', index);
	const people = normaliseIds(item, fields.personIds, 'contacts', 'Participant Person IDs');
	const users = normaliseIds(item, fields.userIds, 'users', 'Participant Users');
	if (people.length || users.length) changes.links = { participants: [...people, ...users] };
	return changes;
}

/** An activity body (create, or the full PUT body of an update) with the changes applied. */
export function applyActivityChanges(
	item: Item,
	body: IDataObject,
	changes: IDataObject,
): IDataObject {
	const result = Object.assign(body, changes);
	if (
		typeof result.startTime === 'number' &&
		typeof result.endTime === 'number' &&
		result.endTime < result.startTime
	) {
		throw item.fail('End Time', 'is before Start Time');
	}
	return result;
}
