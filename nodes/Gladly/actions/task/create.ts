import type { INodeProperties } from 'n8n-workflow';

import { defineOperation } from '../../../shared/kit';
import {
	customerIdentityFields,
	customerTarget,
	readCustomerIdentity,
} from '../../customerLocator';
import { agentField, inboxField } from '../../fields';
import { createWithId, getRecord } from '../../transport';
import { assignee, bodyField, dueAt, taskText } from './taskFields';

const fields: INodeProperties[] = [
	...customerIdentityFields(),
	bodyField,
	{
		displayName: 'Due At',
		name: 'dueAt',
		type: 'dateTime',
		default: '',
		required: true,
		description: 'When the task is due; must be in the future',
	},
	inboxField({
		required: true,
		description:
			'Inbox the task goes to. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	}),
	agentField({
		description:
			'Agent to assign (optional; must belong to the inbox). Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	}),
];

export const create = defineOperation('create', {
	name: 'Create',
	action: 'Create a task',
	description: 'Create a task for a customer, found or created by email or phone',
	fields,
	input: (item) => {
		const inboxId = item.raw<unknown>('inboxId', '');
		if (!inboxId)
			throw item.fail('Inbox Name or ID', 'is required: a task always goes to an inbox');
		const body = {
			assignee: assignee(inboxId, item.raw('agentId', '')),
			body: taskText(item, item.raw('body', ''), 'Body'),
			dueAt: dueAt(item, item.raw('dueAt', ''), 'Due At'),
		};
		return { body, target: readCustomerIdentity(item) };
	},
	run: async (item, { body, target }) => {
		const { path, customer } = await customerTarget(item, target, 'tasks', '/tasks');
		const created = await createWithId(item, path, customer ? { ...body, customer } : body);
		return await getRecord(item, `/tasks/${created.id.path}`);
	},
});
