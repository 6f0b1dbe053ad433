import { defineResource } from '../../../shared/kit';
import { getMany } from './getMany';

export const satisfaction = defineResource('satisfaction', {
	name: 'Satisfaction Survey',
	description: 'CSAT surveys sent to customers',
	operations: [getMany],
});
