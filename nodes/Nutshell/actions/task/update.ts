import { defineOperation } from '../../../shared/kit';
import { optionalFields } from '../../descriptions';
import { PatchBuilder, toUnixSeconds } from '../../helpers';
import { readId } from '../../ids';
import { patchAndGet } from '../../transport';
import { assignee, assigneeField, taskIdField } from './fields';

export const update = defineOperation('update', {
	name: 'Update',
	action: 'Update a task',
	description: 'Change the title, description, due time or assignee of a task',
	fields: [
		taskIdField,
		optionalFields('Update Fields', 'updateFields', 'Add Field', [
			assigneeField(),
			{
				displayName: 'Description',
				name: 'description',
				type: 'string',
				default: '',
				description: 'New details',
			},
			{
				displayName: 'Due Time',
				name: 'dueTime',
				type: 'dateTime',
				default: '',
				description: 'New due time',
			},
			{
				displayName: 'Title',
				name: 'title',
				type: 'string',
				default: '',
				description: 'New title',
			},
		]),
	],
	input: (item) => {
		const fields = item.collection('updateFields');
		const patch = new PatchBuilder('tasks');
		if (fields.title) patch.set('title', String(fields.title));
		if (fields.description) patch.set('description', String(fields.description));
		if (fields.dueTime) {
			const seconds = toUnixSeconds(item.node, fields.dueTime, 'Due Time', item.index);
			patch.set('dueTime', String(seconds));
		}
		patch.setLink('assignee', assignee(item, fields));
		const id = readId(item, 'taskId', 'tasks', 'Task ID');
		return { id, operations: patch.requireChanges(item) };
	},
	run: async (item, { id, operations }) => await patchAndGet(item, 'tasks', id.path, operations),
});
