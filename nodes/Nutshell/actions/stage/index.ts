import { defineResource } from '../../../shared/kit';
import { get } from './get';
import { getMany } from './getMany';

export const stage = defineResource('stage', {
	name: 'Stage',
	description: 'Nutshell stages',
	operations: [get, getMany],
	defaultOperation: 'getMany',
});
