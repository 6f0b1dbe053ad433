import { defineResource } from '../../../shared/kit';
import { create } from './create';
import { get } from './get';
import { getMany } from './getMany';
import { update } from './update';

export const forward = defineResource('forward', {
	name: 'Forward',
	description: 'Conversations forwarded by email',
	operations: [create, get, getMany, update],
	defaultOperation: 'create',
});
