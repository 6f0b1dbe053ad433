import type { INodeProperties } from 'n8n-workflow';

import * as create from './create';
import * as deleteCustomer from './delete';
import * as get from './get';
import * as getConversations from './getConversations';
import * as getCustomObjects from './getCustomObjects';
import * as getMany from './getMany';
import * as getMessages from './getMessages';
import * as getNotes from './getNotes';
import * as merge from './merge';
import * as search from './search';
import * as update from './update';
import * as upsert from './upsert';

export { create, deleteCustomer as delete, get, getConversations, getCustomObjects, getMany, getMessages, getNotes, merge, search, update, upsert };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['customer'] } },
		options: [
			{ name: 'Create', value: 'create', action: 'Create a customer', description: 'Create a new customer' },
			{ name: 'Create or Update', value: 'upsert', action: 'Create or update a customer', description: 'Create a new record, or update the current one if it already exists (upsert)' },
			{ name: 'Delete', value: 'delete', action: 'Delete a customer', description: 'Delete a customer' },
			{ name: 'Get', value: 'get', action: 'Get a customer', description: 'Retrieve a customer by ID, email, phone or external ID' },
			{ name: 'Get Conversations', value: 'getConversations', action: 'Get conversations of a customer', description: "Retrieve a customer's conversations" },
			{ name: 'Get Custom Objects', value: 'getCustomObjects', action: 'Get custom objects of a customer', description: "Retrieve a customer's custom objects (KObjects) of one type" },
			{ name: 'Get Many', value: 'getMany', action: 'Get many customers', description: 'Retrieve many customers, optionally only those updated since a date' },
			{ name: 'Get Messages', value: 'getMessages', action: 'Get messages of a customer', description: "Retrieve a customer's messages" },
			{ name: 'Get Notes', value: 'getNotes', action: 'Get notes of a customer', description: "Retrieve a customer's notes" },
			{ name: 'Merge', value: 'merge', action: 'Merge two customers', description: 'Merge one customer into another' },
			{ name: 'Search', value: 'search', action: 'Search customers', description: "Find customers with filters or Kustomer's search query" },
			{ name: 'Update', value: 'update', action: 'Update a customer', description: "Update a customer's attributes" },
		],
		default: 'get',
	},
	...create.description,
	...upsert.description,
	...deleteCustomer.description,
	...get.description,
	...getConversations.description,
	...getCustomObjects.description,
	...getMany.description,
	...getMessages.description,
	...getNotes.description,
	...merge.description,
	...search.description,
	...update.description,
];
