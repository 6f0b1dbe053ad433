import { defineOperation } from '../../../shared/kit';
import { readId } from '../../ids';
import { getRecord } from '../../transport';
import { taskIdField } from './fields';

export const get = defineOperation('get', {
	name: 'Get',
	action: 'Get a task',
	description: 'Retrieve a task by ID',
	fields: [taskIdField],
	input: (item) => ({ id: readId(item, 'taskId', 'tasks', 'Task ID') }),
	run: async (item, { id }) => await getRecord(item, 'tasks', id.path),
});
