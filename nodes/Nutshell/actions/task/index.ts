import { defineResource } from '../../../shared/kit';
import { create } from './create';
import { remove } from './delete';
import { get } from './get';
import { getMany } from './getMany';
import { update } from './update';

export const task = defineResource('task', {
	name: 'Task',
	description: 'To-dos, optionally on a record',
	operations: [create, remove, get, getMany, update],
	defaultOperation: 'create',
});
