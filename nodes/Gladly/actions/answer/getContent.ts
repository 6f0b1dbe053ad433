import { defineOperation } from '../../../shared/kit';
import { getRecord } from '../../transport';
import { answerField, contentFields, readContent } from './answerFields';

export const getContent = defineOperation('getContent', {
	name: 'Get Content',
	action: 'Get content of an answer',
	description: 'Retrieve the content of one language and type',
	fields: [answerField, ...contentFields],
	input: readContent,
	run: async (item, { path }) => await getRecord(item, path),
});
