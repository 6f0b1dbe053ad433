import { defineResource } from '../../../shared/kit';
import { get } from './get';
import { getMany } from './getMany';

export const accountType = defineResource('accountType', {
	name: 'Account Type',
	description: 'Nutshell account types',
	operations: [get, getMany],
	defaultOperation: 'getMany',
});
