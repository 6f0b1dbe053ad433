import type { IDataObject } from 'n8n-workflow';

import { defineOperation } from '../../../shared/kit';
import { optionalFields } from '../../descriptions';
import { readId } from '../../ids';
import { getRecord, nutshellRequest, recordOrFetch } from '../../transport';
import {
	activityIdField,
	activityOptions,
	applyActivityChanges,
	PLAIN_ACTIVITY_FIELDS,
	readActivityChanges,
} from './fields';

const fields = [
	activityIdField,
	optionalFields('Update Fields', 'updateFields', 'Add Field', [
		...activityOptions,
		{
			displayName: 'End Time',
			name: 'endTime',
			type: 'dateTime',
			default: '',
			description: 'New end time',
		},
		{ displayName: 'Name', name: 'name', type: 'string', default: '', description: 'New title' },
		{
			displayName: 'Start Time',
			name: 'startTime',
			type: 'dateTime',
			default: '',
			description: 'New start time',
		},
	]),
];

const linkIds = (links: IDataObject, key: string): string[] =>
	((links[key] ?? []) as unknown[]).map(String);

/** The activity as a create body (the fields PUT accepts), from what GET returned. */
function asPutBody(current: IDataObject): IDataObject {
	const links = (current.links ?? {}) as IDataObject;
	const body: IDataObject = {};
	for (const key of [
		'name',
		...PLAIN_ACTIVITY_FIELDS.filter((field) => field !== 'description'),
		'startTime',
		'endTime',
	]) {
		if (current[key] !== undefined && current[key] !== null) body[key] = current[key];
	}
	const agenda = current.description ?? current.agenda;
	if (agenda !== undefined && agenda !== null) body.description = agenda;
	const type = current.activityType ?? links.activityType;
	if (type) body.activityType = String(typeof type === 'object' ? (type as IDataObject).id : type);
	const participants = links.participants
		? linkIds(links, 'participants')
		: [...linkIds(links, 'contacts'), ...linkIds(links, 'users')];
	if (participants.length) body.links = { participants };
	return body;
}

/** Nutshell updates activities with PUT of the full object: read it, apply the changes, send it back. */
export const update = defineOperation('update', {
	name: 'Update',
	action: 'Update an activity',
	description: 'Change an activity (sent as a full replacement, as Nutshell requires)',
	fields,
	input: (item) => {
		const id = readId(item, 'activityId', 'activities', 'Activity ID');
		const changed = item.collection('updateFields');
		if (Object.keys(changed).length === 0)
			throw item.fail('Update Fields', 'is empty: add at least one field to change');
		return { id, changes: readActivityChanges(item, changed) };
	},
	run: async (item, { id, changes }) => {
		const current = await getRecord(item, 'activities', id.path);
		const body = applyActivityChanges(item, asPutBody(current), changes);
		const response = await nutshellRequest(item, 'PUT', `/activities/${id.path}`, {
			body: { activities: [body] },
		});
		return await recordOrFetch(item, response.body, 'activities', id.path);
	},
});
