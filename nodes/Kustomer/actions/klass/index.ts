import { defineResource } from '../../../shared/kit';
import { create } from './create';
import { remove } from './delete';
import { get } from './get';
import { getMany } from './getMany';
import { update } from './update';

export const klass = defineResource('klass', {
	name: 'Klass',
	description: 'Custom object types and their attributes',
	operations: [create, remove, get, getMany, update],
	defaultOperation: 'getMany',
});
