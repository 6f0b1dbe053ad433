import { defineResource } from '../../../shared/kit';
import { create } from './create';
import { update } from './update';

export const bulk = defineResource('bulk', {
	name: 'Bulk',
	description: 'Create or update many records in one request',
	operations: [create, update],
});
