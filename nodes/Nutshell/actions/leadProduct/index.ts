import { defineResource } from '../../../shared/kit';
import { add } from './add';
import { get } from './get';
import { getMany } from './getMany';
import { remove } from './remove';
import { update } from './update';

export const leadProduct = defineResource('leadProduct', {
	name: 'Lead Product',
	description: 'Products on leads, with quantity and price',
	operations: [add, get, getMany, remove, update],
});
