import type { IDataObject } from 'n8n-workflow';

import { compact, defineOperation, splitList } from '../../../shared/kit';
import { requiredText } from '../../../shared/validate';
import { fieldsCollection } from '../../fields';
import { createWithId, getRecord } from '../../transport';
import { answerFields } from './answerFields';

export const create = defineOperation('create', {
	name: 'Create',
	action: 'Create an answer',
	description: 'Create a knowledge-base answer (then set its content)',
	fields: [
		{
			displayName: 'Name',
			name: 'name',
			type: 'string',
			default: '',
			required: true,
			description: 'Unique name of the answer (up to 500 characters)',
		},
		fieldsCollection(answerFields(), 'additionalFields'),
	],
	input: (item) => {
		const extra = item.collection('additionalFields');
		const name = item.parse('name', 'name', requiredText);
		if (name.length > 500) throw item.fail('Name', 'must be at most 500 characters');
		return {
			body: compact({
				name,
				description: extra.description,
				audienceIds: splitList(extra.audienceIds),
			}),
		};
	},
	run: async (item, { body }) => {
		const created = await createWithId<IDataObject>(item, '/answers', body);
		return created.repeated
			? await getRecord(item, `/answers/${created.id.path}`)
			: created.response.body;
	},
});
