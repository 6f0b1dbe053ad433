import { defineResource } from '../../../shared/kit';
import { get } from './get';
import { getMany } from './getMany';

export const klass = defineResource('klass', {
	name: 'Klass',
	description: 'Custom object types and their attributes',
	operations: [get, getMany],
	defaultOperation: 'getMany',
});
