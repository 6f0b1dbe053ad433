import { defineResource } from '../../../shared/kit';
import { add } from './add';
import { get } from './get';
import { getMany } from './getMany';
import { remove } from './remove';
import { update } from './update';

export const leadCompetitor = defineResource('leadCompetitor', {
	name: 'Lead Competitor',
	description: 'Competitors on leads, and who won',
	operations: [add, get, getMany, remove, update],
});
