import { defineResource } from '../../../shared/kit';
import { get } from './get';
import { getMany } from './getMany';

export const industry = defineResource('industry', {
	name: 'Industry',
	description: 'Nutshell industries',
	operations: [get, getMany],
	defaultOperation: 'getMany',
});
