import { defineResource } from '../../../shared/kit';
import { create } from './create';
import { getMany } from './getMany';
import { getValues } from './getValues';

export const customField = defineResource('customField', {
	name: 'Custom Field',
	description: 'Custom field definitions and the values records hold',
	operations: [create, getMany, getValues],
	defaultOperation: 'getMany',
});
