import { defineResource } from '../../../shared/kit';
import { create } from './create';
import { get } from './get';
import { getMany } from './getMany';

export const tag = defineResource('tag', {
	name: 'Tag',
	description: 'Nutshell tags',
	operations: [create, get, getMany],
	defaultOperation: 'getMany',
});
