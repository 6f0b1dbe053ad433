import { defineResource } from '../../../shared/kit';
import { get } from './get';
import { getMany } from './getMany';

export const user = defineResource('user', {
	name: 'User',
	description: 'Nutshell users',
	operations: [get, getMany],
	defaultOperation: 'getMany',
});
