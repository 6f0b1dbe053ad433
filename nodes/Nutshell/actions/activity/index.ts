import { defineResource } from '../../../shared/kit';
import { create } from './create';
import { get } from './get';
import { getMany } from './getMany';
import { getTypes } from './getTypes';
import { update } from './update';

export const activity = defineResource('activity', {
	name: 'Activity',
	description: 'Calls, meetings and other activities',
	operations: [create, get, getMany, getTypes, update],
	defaultOperation: 'create',
});
