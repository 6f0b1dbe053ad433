import { defineResource } from '../../../shared/kit';
import { create } from './create';
import { remove } from './delete';
import { get } from './get';
import { getMany } from './getMany';
import { update } from './update';

export const businessHours = defineResource('businessHours', {
	name: 'Business Hour',
	description: 'Business hours configurations',
	operations: [create, remove, get, getMany, update],
});
