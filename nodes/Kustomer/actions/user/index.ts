import { defineResource } from '../../../shared/kit';
import { get } from './get';
import { getCurrent } from './getCurrent';
import { getMany } from './getMany';

export const user = defineResource('user', {
	name: 'User',
	description: 'Agents and API users',
	operations: [get, getCurrent, getMany],
	defaultOperation: 'getMany',
});
