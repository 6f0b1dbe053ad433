import { defineResource } from '../../../shared/kit';
import { getMany } from './getMany';

export const auditLog = defineResource('auditLog', {
	name: 'Audit Log',
	description: 'Who changed what in the organization, and when',
	operations: [getMany],
});
