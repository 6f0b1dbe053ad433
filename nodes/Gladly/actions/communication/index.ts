import { defineResource } from '../../../shared/kit';
import { sendEmail } from './sendEmail';
import { sendSms } from './sendSms';

export const communication = defineResource('communication', {
	name: 'Communication',
	description: 'Outbound SMS and email',
	operations: [sendEmail, sendSms],
	defaultOperation: 'sendSms',
});
