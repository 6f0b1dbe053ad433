import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { describeOperation } from '../../../shared/descriptions';
import { inputError } from '../../../shared/errors';
import { toItems } from '../../../shared/router';
import { optionalFields } from '../../descriptions';
import { idParameter } from '../../ids';
import { getRecord, nutshellRequest, recordOrFetch } from '../../transport';
import {
	activityIdField,
	activityOptions,
	applyActivityFields,
	PLAIN_ACTIVITY_FIELDS,
} from './fields';

export const description = describeOperation('activity', 'update', [
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
]);

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
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const id = idParameter(this, 'activityId', 'activities', 'Activity ID', itemIndex);
	const fields = this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject;
	if (Object.keys(fields).length === 0)
		throw inputError(
			this.getNode(),
			'Update Fields',
			'is empty: add at least one field to change',
			itemIndex,
		);
	const current = await getRecord({ n8n: this, index: itemIndex }, 'activities', id);
	const body = applyActivityFields(this, asPutBody(current), fields, itemIndex);
	const response = await nutshellRequest({ n8n: this, index: itemIndex }, 'PUT', `/activities/${id}`, {
		body: { activities: [body] },
		itemIndex,
	});
	return toItems(
		await recordOrFetch({ n8n: this, index: itemIndex }, response.body, 'activities', id),
		itemIndex,
	);
}
