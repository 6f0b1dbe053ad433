import { defineResource } from '../../../shared/kit';
import { create } from './create';
import { get } from './get';
import { getMany } from './getMany';
import { redact } from './redact';
import { update } from './update';

export const message = defineResource('message', {
	name: 'Message',
	description: 'Messages recorded in conversations',
	operations: [create, get, getMany, redact, update],
	defaultOperation: 'create',
});
