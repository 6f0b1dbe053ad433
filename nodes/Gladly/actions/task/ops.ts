import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { inputError } from '../../../shared/errors';
import { toItems } from '../../../shared/router';
import { returnAllOrLimit } from '../../../shared/descriptions';
import { agentField, customerIdParam, customerLocator, fieldsCollection, idField, idParam, operation } from '../../descriptions';
import { cappedList, createWithId, gladlyRequest } from '../../transport';
import { assignee, dueAt, taskBody, taskField } from './fields';

export const get = operation('task', 'get', [taskField], async function (itemIndex) {
	const id = idParam(this, 'taskId', itemIndex);
	return toItems((await gladlyRequest.call(this, 'GET', `/tasks/${id}`, { itemIndex })).body as IDataObject, itemIndex);
});

const updateProperties: INodeProperties[] = [
	taskField,
	fieldsCollection([
			agentField({ description: "Agent to assign; needs 'Inbox'. Choose from the list, or specify an ID using an <a href=\"https://docs.n8n.io/code/expressions/\">expression</a>." }),
			{ displayName: 'Body', name: 'body', type: 'string', typeOptions: { rows: 4 }, default: '' },
			{ displayName: 'Due At', name: 'dueAt', type: 'dateTime', default: '', description: 'Must be in the future' },
			{
				displayName: 'Inbox Name or ID',
				name: 'inboxId',
				type: 'options',
				typeOptions: { loadOptionsMethod: 'getInboxes' },
				default: '',
				description: 'Inbox to assign the task to. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
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
		]),
];

export const update = operation('task', 'update', updateProperties, async function (itemIndex) {
	const id = idParam(this, 'taskId', itemIndex);
	const fields = this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject;
	const body: IDataObject = {};
	if (fields.status) body.status = fields.status;
	if (fields.body !== undefined && fields.body !== '') body.body = taskBody(this, fields.body, 'Body', itemIndex);
	if (fields.dueAt) body.dueAt = dueAt(this, fields.dueAt, 'Due At', itemIndex);
	if (fields.agentId && !fields.inboxId) throw inputError(this.getNode(), 'Inbox Name or ID', 'is required when assigning an agent', itemIndex);
	if (fields.inboxId) body.assignee = assignee(fields.inboxId, fields.agentId);
	if (!Object.keys(body).length) throw inputError(this.getNode(), 'Update Fields', 'is empty: add at least one field to change', itemIndex);
	await gladlyRequest.call(this, 'PATCH', `/tasks/${id}`, { body, itemIndex, idempotent: true });
	return toItems((await gladlyRequest.call(this, 'GET', `/tasks/${id}`, { itemIndex })).body as IDataObject, itemIndex);
});

const listProperties: INodeProperties[] = [
	customerLocator(),
	{
		displayName: 'Status',
		name: 'status',
		type: 'options',
		default: 'OPEN',
		options: [
			{ name: 'Any', value: '' },
			{ name: 'Closed', value: 'CLOSED' },
			{ name: 'Open', value: 'OPEN' },
		],
	},
	...returnAllOrLimit(2000),
];

/** The open / closed tasks of one customer (Task › Get Many and Customer › Get Tasks). */
export function customerTasks(resource: string, name: string) {
	return operation(resource, name, listProperties, async function (itemIndex) {
		const customerId = await customerIdParam(this, itemIndex);
		const status = this.getNodeParameter('status', itemIndex, '') as string;
		return toItems(await cappedList.call(this, `/customers/${customerId}/tasks`, { qs: status ? { status } : {}, itemIndex, cap: 2000, what: 'tasks (newest first)' }), itemIndex);
	});
}

export const getMany = customerTasks('task', 'getMany');

const commentProperties: INodeProperties[] = [
	taskField,
	agentField({ required: true, description: 'Agent the comment is from. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.' }),
	{ displayName: 'Comment', name: 'comment', type: 'string', typeOptions: { rows: 3 }, default: '', required: true, description: 'Up to 10,000 characters; closed tasks take no comments' },
];

export const addComment = operation('task', 'addComment', commentProperties, async function (itemIndex) {
	const id = idParam(this, 'taskId', itemIndex);
	const agentId = String(this.getNodeParameter('agentId', itemIndex, '') ?? '').trim();
	if (!agentId) throw inputError(this.getNode(), 'Agent Name or ID', 'is required: Gladly records who commented', itemIndex);
	const comment = taskBody(this, this.getNodeParameter('comment', itemIndex, ''), 'Comment', itemIndex);
	// The spec's `required` says `message`; the property it defines (and the API takes) is `comment`.
	const created = await createWithId.call(this, `/tasks/${id}/comments`, { agentId, comment }, itemIndex);
	const response = await gladlyRequest.call(this, 'GET', `/tasks/${id}/comments/${encodeURIComponent(created.id)}`, { itemIndex });
	return toItems(response.body as IDataObject, itemIndex);
});

export const getComments = operation('task', 'getComments', [taskField, ...returnAllOrLimit(1000)], async function (itemIndex) {
	const id = idParam(this, 'taskId', itemIndex);
	return toItems(await cappedList.call(this, `/tasks/${id}/comments`, { itemIndex, cap: 1000, what: 'comments' }), itemIndex);
});

export const getComment = operation('task', 'getComment', [taskField, idField('commentId', 'Comment ID', 'The ID of the comment')], async function (itemIndex) {
	const id = idParam(this, 'taskId', itemIndex);
	const commentId = idParam(this, 'commentId', itemIndex);
	return toItems((await gladlyRequest.call(this, 'GET', `/tasks/${id}/comments/${commentId}`, { itemIndex })).body as IDataObject, itemIndex);
});
