import { defineResource } from '../../../shared/kit';
import { create } from './create';
import { get } from './get';
import { getMany } from './getMany';

export const productCategory = defineResource('productCategory', {
	name: 'Product Category',
	description: 'Groups of products',
	operations: [create, get, getMany],
	defaultOperation: 'getMany',
});
