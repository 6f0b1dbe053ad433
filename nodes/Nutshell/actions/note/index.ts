import { defineResource } from '../../../shared/kit';
import { create } from './create';
import { remove } from './delete';

export const note = defineResource('note', {
	name: 'Note',
	description: 'Notes on leads, people and companies',
	operations: [create, remove],
	defaultOperation: 'create',
});
