import { defineResource } from '../../../shared/kit';
import { addMembers } from './addMembers';
import { get } from './get';
import { getMany } from './getMany';
import { removeMembers } from './removeMembers';

export const team = defineResource('team', {
	name: 'Team',
	description: 'Teams of agents',
	operations: [addMembers, get, getMany, removeMembers],
	defaultOperation: 'getMany',
});
