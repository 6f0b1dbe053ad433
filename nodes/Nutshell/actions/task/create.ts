import type { IDataObject } from 'n8n-workflow';

import { defineOperation } from '../../../shared/kit';
import { optionalFields } from '../../descriptions';
import { toUnixSeconds } from '../../helpers';
import { firstRecord, nutshellRequest } from '../../transport';
import { assignee, assigneeField, relatedEntity, relatedField } from './fields';

/** Tasks are created WITHOUT the plural envelope (the spec's one exception besides notes). */
export const create = defineOperation('create', {
	name: 'Create',
	action: 'Create a task',
	description: 'Create a task, optionally on a lead, person or company',
	fields: [
		{
			displayName: 'Title',
			name: 'title',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. Send the proposal',
			description: 'What has to be done',
		},
		optionalFields('Additional Fields', 'additionalFields', 'Add Field', [
			assigneeField(),
			{
				displayName: 'Description',
				name: 'description',
				type: 'string',
				default: '',
				description: 'Details of the task',
			},
			{
				displayName: 'Due Time',
				name: 'dueTime',
				type: 'dateTime',
				default: '',
				description: 'When the task is due',
			},
			{
				displayName: 'Recurrence Rule',
				name: 'rule',
				type: 'string',
				default: '',
				placeholder: 'e.g. FREQ=WEEKLY;BYDAY=MO',
				description: 'RRULE (RFC 5545) to repeat the task',
			},
			relatedField,
		]),
	],
	input: (item) => {
		const title = item.string('title', 'Title', { required: true });
		const fields = item.collection('additionalFields');
		const body: IDataObject = { title };
		if (fields.description) body.description = fields.description;
		if (fields.dueTime)
			body.dueTime = String(toUnixSeconds(item.node, fields.dueTime, 'Due Time', item.index));
		if (fields.rule) body.recurrenceRule = { rule: String(fields.rule), mode: 'dueDate' };
		const links: IDataObject = {};
		if (fields.relatedEntity) links.relatedEntity = relatedEntity(item, fields.relatedEntity);
		const user = assignee(item, fields);
		if (user) links.assignee = user;
		if (Object.keys(links).length) body.links = links;
		return { body };
	},
	run: async (item, { body }) => {
		const response = await nutshellRequest(item, 'POST', '/tasks', { body, idempotent: false });
		return firstRecord(response.body, 'tasks');
	},
});
