import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { inputError } from '../../../shared/errors';
import { toItems } from '../../../shared/router';
import { stringParameter } from '../../../shared/validate';
import { fieldsCollection, idField, idParam, operation } from '../../descriptions';
import { createWithId, gladlyRequest } from '../../transport';
import { getOperation, listOperation, resourceModule } from '../common';

const topicField = idField('topicId', 'Topic Name or ID', 'The topic. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.', {
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getTopics' },
	placeholder: undefined,
});

const parentField = (): INodeProperties => ({
	displayName: 'Parent Topic Name or ID',
	name: 'parentId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getTopics' },
	default: '',
	description: 'Topic this one sits under. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
});

const createTopic = operation(
	'topic',
	'create',
	[
		{ displayName: 'Name', name: 'name', type: 'string', default: '', required: true, description: 'Unique name of the topic' },
		fieldsCollection([{ displayName: 'Disabled', name: 'disabled', type: 'boolean', default: false, description: 'Whether agents can no longer pick the topic' }, parentField()], 'additionalFields'),
	],
	async function (itemIndex) {
		const extra = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
		const body: IDataObject = { name: stringParameter(this, 'name', itemIndex) };
		if (extra.disabled !== undefined) body.disabled = extra.disabled;
		if (extra.parentId) body.parentId = extra.parentId;
		const created = await createWithId.call(this, '/topics', body, itemIndex);
		return toItems((await gladlyRequest.call(this, 'GET', `/topics/${encodeURIComponent(created.id)}`, { itemIndex })).body as IDataObject, itemIndex);
	},
);

const updateTopic = operation(
	'topic',
	'update',
	[
		topicField,
		fieldsCollection([
				{ displayName: 'Disabled', name: 'disabled', type: 'boolean', default: false, description: 'Whether agents can no longer pick the topic' },
				{ displayName: 'Name', name: 'name', type: 'string', default: '' },
				parentField(),
			]),
	],
	async function (itemIndex) {
		const id = idParam(this, 'topicId', itemIndex);
		const fields = this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject;
		if (!Object.keys(fields).length) throw inputError(this.getNode(), 'Update Fields', 'is empty: add at least one field to change', itemIndex);
		const current = (await gladlyRequest.call(this, 'GET', `/topics/${id}`, { itemIndex })).body as IDataObject;
		// Gladly requires `name` on every update: keep the current one unless a new one is given.
		const body: IDataObject = { name: fields.name || current.name };
		if (fields.disabled !== undefined) body.disabled = fields.disabled;
		if (fields.parentId) body.parentId = fields.parentId;
		await gladlyRequest.call(this, 'PATCH', `/topics/${id}`, { body, itemIndex, idempotent: true });
		return toItems((await gladlyRequest.call(this, 'GET', `/topics/${id}`, { itemIndex })).body as IDataObject, itemIndex);
	},
);

export const topic = resourceModule(
	'topic',
	{ create: createTopic, get: getOperation('topic', '/topics', 'Topic', topicField), getMany: listOperation('topic', '/topics'), update: updateTopic },
	[
		{ name: 'Create', value: 'create', action: 'Create a topic', description: 'Create a topic (names are unique)' },
		{ name: 'Get', value: 'get', action: 'Get a topic', description: 'Retrieve a topic by ID' },
		{ name: 'Get Many', value: 'getMany', action: 'Get many topics', description: 'Retrieve every topic of the organization' },
		{ name: 'Update', value: 'update', action: 'Update a topic', description: 'Rename, disable or move a topic' },
	],
);
