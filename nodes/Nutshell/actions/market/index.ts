import { defineResource } from '../../../shared/kit';
import { get } from './get';
import { getMany } from './getMany';

export const market = defineResource('market', {
	name: 'Market',
	description: 'Nutshell markets',
	operations: [get, getMany],
	defaultOperation: 'getMany',
});
