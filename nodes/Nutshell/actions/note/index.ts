import { defineResource } from '../../../shared/kit';
import { create } from './create';
import { remove } from './delete';
import { get } from './get';
import { getMany } from './getMany';
import { undelete } from './undelete';

export const note = defineResource('note', {
	name: 'Note',
	description: 'Notes on leads, people and companies',
	operations: [create, remove, get, getMany, undelete],
	defaultOperation: 'create',
});
