import { defineResource } from '../../../shared/kit';
import { get } from './get';
import { getMany } from './getMany';

export const agent = defineResource('agent', {
	name: 'Agent',
	description: 'Agents (users) of the organization',
	operations: [get, getMany],
});
