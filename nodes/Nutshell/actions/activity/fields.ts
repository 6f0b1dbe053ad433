import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { inputError } from '../../../shared/errors';
import { dynamicMultiOptions, dynamicOptions, idField, idListField } from '../../descriptions';
import { toUnixSeconds } from '../../helpers';
import { normaliseId, normaliseIds } from '../../ids';

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

/** Applies plain fields to an activity body (create or the full PUT body of an update). */
export function applyActivityFields(
	context: IExecuteFunctions,
	body: IDataObject,
	fields: IDataObject,
	itemIndex: number,
): IDataObject {
	const node = context.getNode();
	for (const key of PLAIN_ACTIVITY_FIELDS)
		if (fields[key] !== undefined && fields[key] !== '') body[key] = fields[key];
	if (fields.name) body.name = String(fields.name);
	if (fields.activityType)
		body.activityType = normaliseId(
			node,
			fields.activityType,
			'activityTypes',
			'Activity Type',
			itemIndex,
		);
	if (fields.startTime)
		body.startTime = toUnixSeconds(node, fields.startTime, 'Start Time', itemIndex);
	if (fields.endTime) body.endTime = toUnixSeconds(node, fields.endTime, 'End Time', itemIndex);
	if (
		typeof body.startTime === 'number' &&
		typeof body.endTime === 'number' &&
		body.endTime < body.startTime
	) {
		throw inputError(node, 'End Time', 'is before Start Time', itemIndex);
	}
	const people = normaliseIds(
		node,
		fields.personIds,
		'contacts',
		'Participant Person IDs',
		itemIndex,
	);
	const users = normaliseIds(node, fields.userIds, 'users', 'Participant Users', itemIndex);
	if (people.length || users.length) body.links = { participants: [...people, ...users] };
	return body;
}
