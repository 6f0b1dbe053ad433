import { defineResource } from '../../../shared/kit';
import { create } from './create';
import { get } from './get';
import { getMany } from './getMany';

export const source = defineResource('source', {
	name: 'Source',
	description: 'Nutshell sources',
	operations: [create, get, getMany],
	defaultOperation: 'getMany',
});
