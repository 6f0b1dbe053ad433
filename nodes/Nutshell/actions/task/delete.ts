import { defineOperation } from '../../../shared/kit';
import { readId } from '../../ids';
import { nutshellRequest } from '../../transport';
import { taskIdField } from './fields';

export const remove = defineOperation('delete', {
	name: 'Delete',
	action: 'Delete a task',
	description: 'Delete a task',
	fields: [taskIdField],
	input: (item) => ({ id: readId(item, 'taskId', 'tasks', 'Task ID') }),
	run: async (item, { id }) => {
		await nutshellRequest(item, 'DELETE', `/tasks/${id.path}`);
		return { deleted: true, id: id.raw };
	},
});
