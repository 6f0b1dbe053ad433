import type { IDataObject } from 'n8n-workflow';

import { compact, defineOperation, splitList } from '../../../shared/kit';
import { fieldsCollection } from '../../fields';
import { getRecord, gladlyRequest } from '../../transport';
import { answerField, answerFields } from './answerFields';

const updateFields = fieldsCollection([
	...answerFields().map((field) =>
		field.name === 'audienceIds'
			? { ...field, description: `${String(field.description)} Replaces the whole set.` }
			: field,
	),
	{ displayName: 'Name', name: 'name', type: 'string', default: '' },
]);

export const update = defineOperation('update', {
	name: 'Update',
	action: 'Update an answer',
	description: 'Change the name, description or audiences of an answer',
	fields: [answerField, updateFields],
	input: (item) => {
		const id = item.id('answerId', 'answerId');
		const fields = item.collection('updateFields');
		const body: IDataObject = compact({ name: fields.name, description: fields.description });
		if (fields.audienceIds !== undefined) body.audienceIds = splitList(fields.audienceIds);
		if (!Object.keys(body).length)
			throw item.fail('Update Fields', 'is empty: add at least one field to change');
		return { id, body };
	},
	run: async (item, { id, body }) => {
		await gladlyRequest(item, 'PATCH', `/answers/${id.path}`, { body, idempotent: true });
		return await getRecord(item, `/answers/${id.path}`);
	},
});
