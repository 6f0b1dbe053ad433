import { returnAllOrLimit } from '../../../shared/descriptions';
import { defineOperation } from '../../../shared/kit';
import { cappedList } from '../../transport';
import { taskField } from './taskFields';

export const getComments = defineOperation('getComments', {
	name: 'Get Comments',
	action: 'Get comments of a task',
	description: 'Retrieve the comments of a task, oldest first',
	fields: [taskField, ...returnAllOrLimit(1000)],
	input: (item) => ({ id: item.id('taskId', 'taskId'), limit: item.limit() }),
	run: async (item, { id, limit }) =>
		await cappedList(item, `/tasks/${id.path}/comments`, { limit, cap: 1000, what: 'comments' }),
});
