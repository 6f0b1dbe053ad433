import { defineResource } from '../../../shared/kit';
import { create } from './create';
import { remove } from './delete';
import { get } from './get';
import { getMany } from './getMany';
import { update } from './update';

export const customObject = defineResource('customObject', {
	name: 'Custom Object',
	description: 'Records of a custom object type (KObjects), e.g. orders',
	operations: [create, remove, get, getMany, update],
	defaultOperation: 'create',
});
