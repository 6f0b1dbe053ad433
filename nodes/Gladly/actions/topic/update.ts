import type { IDataObject } from 'n8n-workflow';

import { defineOperation } from '../../../shared/kit';
import { fieldsCollection, pickedIdField } from '../../fields';
import { getRecord, gladlyRequest } from '../../transport';
import { disabledField, parentField } from './topicFields';

export const update = defineOperation('update', {
	name: 'Update',
	action: 'Update a topic',
	description: 'Rename, disable or move a topic',
	fields: [
		pickedIdField('topicId', 'Topic', 'getTopics', 'topic'),
		fieldsCollection([
			disabledField,
			{ displayName: 'Name', name: 'name', type: 'string', default: '' },
			parentField,
		]),
	],
	input: (item) => {
		const id = item.id('topicId', 'topicId');
		const fields = item.collection('updateFields');
		if (!Object.keys(fields).length)
			throw item.fail('Update Fields', 'is empty: add at least one field to change');
		return { id, fields };
	},
	run: async (item, { id, fields }) => {
		const path = `/topics/${id.path}`;
		const current = await getRecord(item, path);
		// Gladly requires `name` on every update: keep the current one unless a new one is given.
		const body: IDataObject = { name: fields.name || current.name };
		if (fields.disabled !== undefined) body.disabled = fields.disabled;
		if (fields.parentId) body.parentId = fields.parentId;
		await gladlyRequest(item, 'PATCH', path, { body, idempotent: true });
		return await getRecord(item, path);
	},
});
