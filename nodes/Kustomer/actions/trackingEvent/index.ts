import { defineResource } from '../../../shared/kit';
import { identify } from './identify';
import { track } from './track';

export const trackingEvent = defineResource('trackingEvent', {
	name: 'Tracking Event',
	description: 'Events on the customer timeline',
	operations: [identify, track],
});
