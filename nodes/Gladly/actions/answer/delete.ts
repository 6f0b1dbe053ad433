import { defineOperation } from '../../../shared/kit';
import { gladlyRequest } from '../../transport';
import { answerField } from './answerFields';

export const remove = defineOperation('delete', {
	name: 'Delete',
	action: 'Delete an answer',
	description: 'Delete an answer and all its content',
	fields: [answerField],
	input: (item) => ({ id: item.id('answerId', 'answerId') }),
	run: async (item, { id }) => {
		await gladlyRequest(item, 'DELETE', `/answers/${id.path}`);
		return { deleted: true, id: id.raw };
	},
});
