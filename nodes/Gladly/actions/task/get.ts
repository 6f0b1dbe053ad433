import { defineOperation } from '../../../shared/kit';
import { getRecord } from '../../transport';
import { taskField } from './taskFields';

export const get = defineOperation('get', {
	name: 'Get',
	action: 'Get a task',
	description: 'Retrieve a task by ID',
	fields: [taskField],
	input: (item) => ({ id: item.id('taskId', 'taskId') }),
	run: async (item, { id }) => await getRecord(item, `/tasks/${id.path}`),
});
