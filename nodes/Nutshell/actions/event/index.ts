import { defineResource } from '../../../shared/kit';
import { getDeleted } from './getDeleted';
import { getMany } from './getMany';

export const event = defineResource('event', {
	name: 'Event',
	description: 'The change log',
	operations: [getDeleted, getMany],
	defaultOperation: 'getMany',
});
