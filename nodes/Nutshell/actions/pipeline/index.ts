import { defineResource } from '../../../shared/kit';
import { exportMovements } from './export';
import { get } from './get';
import { getMany } from './getMany';

export const pipeline = defineResource('pipeline', {
	name: 'Pipeline',
	description: 'Nutshell pipelines',
	operations: [exportMovements, get, getMany],
	defaultOperation: 'getMany',
});
