import { defineOperation } from '../../../shared/kit';
import { customerTasks } from '../task/getMany';

/** The same request as Task › Get Many, offered on the customer. */
export const getTasks = defineOperation('getTasks', {
	...customerTasks,
	name: 'Get Tasks',
	action: 'Get tasks of a customer',
	description: "Retrieve a customer's tasks, newest first (Gladly returns at most 2000)",
});
