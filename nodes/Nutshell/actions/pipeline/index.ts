import { defineResource } from '../../../shared/kit';
import { get } from './get';
import { getMany } from './getMany';

export const pipeline = defineResource('pipeline', {
	name: 'Pipeline',
	description: 'Nutshell pipelines',
	operations: [get, getMany],
	defaultOperation: 'getMany',
});
