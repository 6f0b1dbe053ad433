import { defineResource } from '../../../shared/kit';
import { create } from './create';
import { remove } from './delete';
import { get } from './get';
import { getMany } from './getMany';
import { undelete } from './undelete';
import { update } from './update';
import { upsert } from './upsert';

export const company = defineResource('company', {
	name: 'Company',
	description: 'Companies (accounts in the API)',
	operations: [create, remove, get, getMany, undelete, update, upsert],
});
