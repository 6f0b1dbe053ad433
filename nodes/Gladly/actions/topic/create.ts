import type { IDataObject } from 'n8n-workflow';

import { defineOperation } from '../../../shared/kit';
import { requiredText } from '../../../shared/validate';
import { fieldsCollection } from '../../fields';
import { createWithId, getRecord } from '../../transport';
import { disabledField, parentField } from './topicFields';

export const create = defineOperation('create', {
	name: 'Create',
	action: 'Create a topic',
	description: 'Create a topic (names are unique)',
	fields: [
		{
			displayName: 'Name',
			name: 'name',
			type: 'string',
			default: '',
			required: true,
			description: 'Unique name of the topic',
		},
		fieldsCollection([disabledField, parentField], 'additionalFields'),
	],
	input: (item) => {
		const extra = item.collection('additionalFields');
		const body: IDataObject = { name: item.parse('name', 'name', requiredText) };
		if (extra.disabled !== undefined) body.disabled = extra.disabled;
		if (extra.parentId) body.parentId = extra.parentId;
		return { body };
	},
	run: async (item, { body }) => {
		const created = await createWithId(item, '/topics', body);
		return await getRecord(item, `/topics/${created.id.path}`);
	},
});
