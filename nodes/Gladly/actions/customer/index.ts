import { defineResource } from '../../../shared/kit';
import { create } from './create';
import { remove } from './delete';
import { find } from './find';
import { get } from './get';
import { getConversations } from './getConversations';
import { getTasks } from './getTasks';
import { update } from './update';
import { upsert } from './upsert';

export const customer = defineResource('customer', {
	name: 'Customer',
	description: 'Customer profiles',
	operations: [create, remove, find, get, getConversations, getTasks, update, upsert],
});
