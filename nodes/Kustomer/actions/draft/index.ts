import { defineResource } from '../../../shared/kit';
import { create } from './create';
import { remove } from './delete';
import { getMany } from './getMany';
import { update } from './update';

export const draft = defineResource('draft', {
	name: 'Draft',
	description: 'Replies that Kustomer sends to a customer through a channel',
	operations: [create, remove, getMany, update],
});
