import { resourceModule } from '../common';
import { create } from './create';
import { addComment, get, getComment, getComments, getMany, update } from './ops';

export const { operations, description } = resourceModule('task', { addComment, create, get, getComment, getComments, getMany, update }, [
	{ name: 'Add Comment', value: 'addComment', action: 'Add a comment to a task', description: 'Comment on an open task' },
	{ name: 'Create', value: 'create', action: 'Create a task', description: 'Create a task for a customer, found or created by email or phone' },
	{ name: 'Get', value: 'get', action: 'Get a task', description: 'Retrieve a task by ID' },
	{ name: 'Get Comment', value: 'getComment', action: 'Get a comment of a task', description: 'Retrieve one comment of a task' },
	{ name: 'Get Comments', value: 'getComments', action: 'Get comments of a task', description: 'Retrieve the comments of a task, oldest first' },
	{ name: 'Get Many', value: 'getMany', action: 'Get many tasks', description: 'Retrieve the open or closed tasks of a customer' },
	{ name: 'Update', value: 'update', action: 'Update a task', description: 'Change the status, body, due date or assignee of a task' },
]);
