import { defineResource } from '../../../shared/kit';
import { create } from './create';
import { remove } from './delete';
import { getMany } from './getMany';
import { update } from './update';

/**
 * Tags. Kustomer documents only the list (GET /v1/tags); Create, Update and Delete call endpoints it
 * does not document (see unconfirmed.ts), and say so when an org's API refuses them.
 */
export const tag = defineResource('tag', {
	name: 'Tag',
	description: 'Labels for conversations and customers',
	operations: [create, remove, getMany, update],
	defaultOperation: 'getMany',
});
