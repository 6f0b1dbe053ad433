import { defineResource } from '../../../shared/kit';
import { get } from './get';
import { getMany } from './getMany';

export const outcome = defineResource('outcome', {
	name: 'Outcome',
	description: 'Nutshell outcomes',
	operations: [get, getMany],
	defaultOperation: 'getMany',
});
