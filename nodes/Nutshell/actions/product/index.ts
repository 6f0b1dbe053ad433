import { defineResource } from '../../../shared/kit';
import { remove } from './delete';
import { get } from './get';
import { getMany } from './getMany';
import { undelete } from './undelete';

export const product = defineResource('product', {
	name: 'Product',
	description: 'Nutshell products',
	operations: [remove, get, getMany, undelete],
	defaultOperation: 'getMany',
});
