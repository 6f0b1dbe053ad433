import type { IDataObject } from 'n8n-workflow';

import { defineOperation } from '../../../shared/kit';
import { agentField, fieldsCollection } from '../../fields';
import { getRecord, gladlyRequest } from '../../transport';
import { assignee, dueAt, taskField, taskText } from './taskFields';

const updateFields = fieldsCollection([
	agentField({
		description:
			'Agent to assign; needs \'Inbox\'. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	}),
	{ displayName: 'Body', name: 'body', type: 'string', typeOptions: { rows: 4 }, default: '' },
	{
		displayName: 'Due At',
		name: 'dueAt',
		type: 'dateTime',
		default: '',
		description: 'Must be in the future',
	},
	{
		displayName: 'Inbox Name or ID',
		name: 'inboxId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getInboxes' },
		default: '',
		description:
			'Inbox to assign the task to. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		displayName: 'Status',
		name: 'status',
		type: 'options',
		default: 'CLOSED',
		options: [
			{ name: 'Closed', value: 'CLOSED' },
			{ name: 'Open', value: 'OPEN' },
		],
	},
]);

export const update = defineOperation('update', {
	name: 'Update',
	action: 'Update a task',
	description: 'Change the status, body, due date or assignee of a task',
	fields: [taskField, updateFields],
	input: (item) => {
		const id = item.id('taskId', 'taskId');
		const fields = item.collection('updateFields');
		const body: IDataObject = {};
		if (fields.status) body.status = fields.status;
		if (fields.body !== undefined && fields.body !== '')
			body.body = taskText(item, fields.body, 'Body');
		if (fields.dueAt) body.dueAt = dueAt(item, fields.dueAt, 'Due At');
		if (fields.agentId && !fields.inboxId)
			throw item.fail('Inbox Name or ID', 'is required when assigning an agent');
		if (fields.inboxId) body.assignee = assignee(fields.inboxId, fields.agentId);
		if (!Object.keys(body).length)
			throw item.fail('Update Fields', 'is empty: add at least one field to change');
		return { id, body };
	},
	run: async (item, { id, body }) => {
		await gladlyRequest(item, 'PATCH', `/tasks/${id.path}`, { body, idempotent: true });
		return await getRecord(item, `/tasks/${id.path}`);
	},
});
