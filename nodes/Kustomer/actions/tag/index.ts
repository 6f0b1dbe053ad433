import { defineResource } from '../../../shared/kit';
import { getMany } from './getMany';

/**
 * Tags. Kustomer documents only the list (GET /v1/tags); creating, renaming and deleting tags have
 * no documented endpoint, so they are done in Kustomer's settings.
 */
export const tag = defineResource('tag', {
	name: 'Tag',
	description: 'Labels for conversations and customers',
	operations: [getMany],
});
