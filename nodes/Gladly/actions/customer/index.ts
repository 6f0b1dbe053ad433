import { resourceModule } from '../common';
import { create } from './create';
import { remove } from './delete';
import { find } from './find';
import { get } from './get';
import { getConversations, getTasks } from './lists';
import { update } from './update';
import { upsert } from './upsert';

export const { operations, description } = resourceModule('customer', { create, delete: remove, find, get, getConversations, getTasks, update, upsert }, [
	{ name: 'Create', value: 'create', action: 'Create a customer', description: 'Create a customer profile with emails, phones, address and custom attributes' },
	{ name: 'Create or Update', value: 'upsert', action: 'Create or update a customer', description: 'Create a new record, or update the current one if it already exists (upsert)' },
	{ name: 'Delete', value: 'delete', action: 'Delete a customer', description: 'Delete a customer profile for good' },
	{ name: 'Find', value: 'find', action: 'Find customers', description: 'Find up to 50 customers by email, phone number or external ID' },
	{ name: 'Get', value: 'get', action: 'Get a customer', description: 'Retrieve a customer profile; a merged customer is followed to the profile it was merged into' },
	{ name: 'Get Conversations', value: 'getConversations', action: 'Get conversations of a customer', description: "Retrieve a customer's conversations (Gladly returns at most 100)" },
	{ name: 'Get Tasks', value: 'getTasks', action: 'Get tasks of a customer', description: "Retrieve a customer's tasks, newest first (Gladly returns at most 2000)" },
	{ name: 'Update', value: 'update', action: 'Update a customer', description: 'Change fields of a customer profile' },
]);
