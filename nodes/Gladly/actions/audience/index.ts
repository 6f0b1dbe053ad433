import { defineResource } from '../../../shared/kit';
import { get } from './get';
import { getMany } from './getMany';

export const audience = defineResource('audience', {
	name: 'Audience',
	description: 'Audiences that answers are shown to',
	operations: [get, getMany],
});
