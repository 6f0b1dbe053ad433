import { defineResource } from '../../../shared/kit';
import { get } from './get';
import { getMany } from './getMany';

export const territory = defineResource('territory', {
	name: 'Territory',
	description: 'Nutshell territories',
	operations: [get, getMany],
	defaultOperation: 'getMany',
});
