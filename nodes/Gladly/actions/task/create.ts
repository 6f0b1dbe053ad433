import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { inputError } from '../../../shared/errors';
import { toItems } from '../../../shared/router';
import { customerIdentityFields, customerTarget, operation } from '../../descriptions';
import { createWithId, gladlyRequest } from '../../transport';
import { assignee, assigneeFields, bodyField, dueAt, dueField, taskBody } from './fields';

const properties: INodeProperties[] = [
	...customerIdentityFields(),
	bodyField,
	dueField,
	...assigneeFields(true),
];

export const create = operation('task', 'create', properties, async function (itemIndex) {
	const inboxId = this.getNodeParameter('inboxId', itemIndex, '') as string;
	if (!inboxId) throw inputError(this.getNode(), 'Inbox Name or ID', 'is required: a task always goes to an inbox', itemIndex);
	const body: IDataObject = {
		assignee: assignee(inboxId, this.getNodeParameter('agentId', itemIndex, '')),
		body: taskBody(this, this.getNodeParameter('body', itemIndex, ''), 'Body', itemIndex),
		dueAt: dueAt(this, this.getNodeParameter('dueAt', itemIndex, ''), 'Due At', itemIndex),
	};
	const target = await customerTarget(this, itemIndex, 'tasks', '/tasks');
	const created = await createWithId.call(this, target.path, target.customer ? { ...body, customer: target.customer } : body, itemIndex);
	const task = await gladlyRequest.call(this, 'GET', `/tasks/${encodeURIComponent(created.id)}`, { itemIndex });
	return toItems(task.body as IDataObject, itemIndex);
});
