import { defineResource } from '../../../shared/kit';
import { addMembers } from './addMembers';
import { create } from './create';
import { remove } from './delete';
import { get } from './get';
import { getMany } from './getMany';
import { removeMembers } from './removeMembers';
import { update } from './update';

export const team = defineResource('team', {
	name: 'Team',
	description: 'Teams of agents',
	operations: [addMembers, create, remove, get, getMany, removeMembers, update],
	defaultOperation: 'getMany',
});
