import { defineResource } from '../../../shared/kit';
import { get } from './get';
import { getMany } from './getMany';

export const team = defineResource('team', {
	name: 'Team',
	description: 'Nutshell teams',
	operations: [get, getMany],
	defaultOperation: 'getMany',
});
