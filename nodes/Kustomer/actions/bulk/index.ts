import { defineResource } from '../../../shared/kit';
import { create } from './create';
import { remove } from './delete';
import { update } from './update';

export const bulk = defineResource('bulk', {
	name: 'Bulk',
	description: 'Create, update or delete many records in one request',
	operations: [create, remove, update],
});
