import { defineResource } from '../../../shared/kit';
import { addComment } from './addComment';
import { create } from './create';
import { get } from './get';
import { getComment } from './getComment';
import { getComments } from './getComments';
import { getMany } from './getMany';
import { update } from './update';

export const task = defineResource('task', {
	name: 'Task',
	description: 'Tasks and their comments',
	operations: [addComment, create, get, getComment, getComments, getMany, update],
});
