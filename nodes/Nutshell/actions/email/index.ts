import { defineResource } from '../../../shared/kit';
import { get } from './get';

export const email = defineResource('email', {
	name: 'Email',
	description: 'Emails logged in Nutshell',
	operations: [get],
});
