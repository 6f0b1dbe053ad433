import { defineResource } from '../../../shared/kit';
import { getMany } from './getMany';

export const customField = defineResource('customField', {
	name: 'Custom Field',
	description: 'Custom field definitions',
	operations: [getMany],
});
