import { defineResource } from '../../../shared/kit';
import { get } from './get';
import { getMany } from './getMany';

export const product = defineResource('product', {
	name: 'Product',
	description: 'Nutshell products',
	operations: [get, getMany],
	defaultOperation: 'getMany',
});
