import { defineResource } from '../../../shared/kit';
import { create } from './create';
import { get } from './get';
import { getCustomObjects } from './getCustomObjects';
import { getMany } from './getMany';
import { update } from './update';

export const company = defineResource('company', {
	name: 'Company',
	description: 'Organizations customers belong to',
	operations: [create, get, getCustomObjects, getMany, update],
});
