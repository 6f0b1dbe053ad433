import { defineResource } from '../../../shared/kit';
import { get } from './get';
import { getMany } from './getMany';

export const inbox = defineResource('inbox', {
	name: 'Inbox',
	description: 'Inboxes that conversations and tasks are routed to',
	operations: [get, getMany],
});
