import type { IDataObject } from 'n8n-workflow';

import { defineOperation } from '../../../shared/kit';
import { requiredText } from '../../../shared/validate';
import { gladlyRequest } from '../../transport';
import { answerField, contentFields, readContent } from './answerFields';

export const setContent = defineOperation('setContent', {
	name: 'Set Content',
	action: 'Set content of an answer',
	description: 'Create or replace the content of one language and type',
	fields: [
		answerField,
		...contentFields,
		{
			displayName: 'Body (HTML)',
			name: 'bodyHtml',
			type: 'string',
			typeOptions: { rows: 5 },
			default: '',
			required: true,
		},
		{
			displayName: 'Title',
			name: 'title',
			type: 'string',
			default: '',
			required: true,
			displayOptions: { show: { contentType: ['public'] } },
		},
		{
			displayName: 'Subject',
			name: 'subject',
			type: 'string',
			default: '',
			required: true,
			displayOptions: { show: { contentType: ['email'] } },
		},
		{
			displayName: 'Internal',
			name: 'internal',
			type: 'boolean',
			default: true,
			description: 'Whether the reference content is for agents only',
			displayOptions: { show: { contentType: ['reference'] } },
		},
	],
	input: (item) => {
		const { path, type } = readContent(item);
		const body: IDataObject = { bodyHtml: item.parse('bodyHtml', 'bodyHtml', requiredText) };
		if (type === 'public') body.title = item.parse('title', 'title', requiredText);
		if (type === 'email') body.subject = item.parse('subject', 'subject', requiredText);
		if (type === 'reference') body.internal = item.boolean('internal', true);
		return { path, body };
	},
	run: async (item, { path, body }) =>
		(await gladlyRequest<IDataObject>(item, 'PUT', path, { body })).body,
});
