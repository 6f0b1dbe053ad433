import { defineResource } from '../../../shared/kit';
import { get } from './get';
import { getMany } from './getMany';

export const competitor = defineResource('competitor', {
	name: 'Competitor',
	description: 'Nutshell competitors',
	operations: [get, getMany],
	defaultOperation: 'getMany',
});
