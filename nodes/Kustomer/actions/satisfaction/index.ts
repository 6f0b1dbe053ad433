import { defineResource } from '../../../shared/kit';
import { getMany } from './getMany';
import { getResponses } from './getResponses';

export const satisfaction = defineResource('satisfaction', {
	name: 'Satisfaction Survey',
	description: 'CSAT surveys sent to customers, and their responses',
	operations: [getMany, getResponses],
});
