import { defineOperation } from '../../../shared/kit';
import { getRecord } from '../../transport';
import { answerField } from './answerFields';

export const get = defineOperation('get', {
	name: 'Get',
	action: 'Get an answer',
	description: 'Retrieve an answer by ID',
	fields: [answerField],
	input: (item) => ({ id: item.id('answerId', 'answerId') }),
	run: async (item, { id }) => await getRecord(item, `/answers/${id.path}`),
});
