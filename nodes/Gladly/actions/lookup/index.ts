import { defineResource } from '../../../shared/kit';
import { buildResponse } from './buildResponse';

export const lookup = defineResource('lookup', {
	name: 'Lookup',
	description: "Answers to Gladly's customer lookups (with the Gladly Lookup Trigger)",
	operations: [buildResponse],
});
