import { defineResource } from '../../../shared/kit';
import { create } from './create';
import { get } from './get';
import { getMany } from './getMany';
import { update } from './update';

export const topic = defineResource('topic', {
	name: 'Topic',
	description: 'Conversation topics',
	operations: [create, get, getMany, update],
});
