import { defineResource } from '../../../shared/kit';
import { get } from './get';

export const organization = defineResource('organization', {
	name: 'Organization',
	description: 'The organization of the credentials',
	operations: [get],
});
