import { defineResource } from '../../../shared/kit';
import { create } from './create';
import { remove } from './delete';
import { get } from './get';
import { getMany } from './getMany';
import { update } from './update';

export const note = defineResource('note', {
	name: 'Note',
	description: 'Internal notes on conversations',
	operations: [create, remove, get, getMany, update],
	defaultOperation: 'create',
});
