import { defineResource } from '../../../shared/kit';
import { getMany } from './getMany';

export const event = defineResource('event', {
	name: 'Event',
	description: 'Events of the last 24 hours',
	operations: [getMany],
});
