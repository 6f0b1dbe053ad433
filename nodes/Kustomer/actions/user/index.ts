import { defineResource } from '../../../shared/kit';
import { create } from './create';
import { deactivate } from './deactivate';
import { get } from './get';
import { getCurrent } from './getCurrent';
import { getMany } from './getMany';
import { reactivate } from './reactivate';
import { update } from './update';

export const user = defineResource('user', {
	name: 'User',
	description: 'Agents and API users',
	operations: [create, deactivate, get, getCurrent, getMany, reactivate, update],
	defaultOperation: 'getMany',
});
