import { defineOperation } from '../../../shared/kit';
import { gladlyRequest } from '../../transport';
import { answerField, contentFields, readContent } from './answerFields';

export const deleteContent = defineOperation('deleteContent', {
	name: 'Delete Content',
	action: 'Delete content of an answer',
	description: 'Delete the content of one language and type',
	fields: [answerField, ...contentFields],
	input: readContent,
	run: async (item, { answerId, path }) => {
		await gladlyRequest(item, 'DELETE', path);
		return { deleted: true, answerId: answerId.raw };
	},
});
