import { defineOperation } from '../../../shared/kit';
import { gladlyRequest } from '../../transport';
import { readReason, readSession, reasonField, sessionField, sessionPath } from './sessionFields';

export const close = defineOperation('close', {
	name: 'Close Session',
	action: 'Close an automation session',
	description: 'End the automation session without an agent (e.g. the customer stopped answering)',
	fields: [sessionField, reasonField('Why the session ends', 'e.g. Customer not responding')],
	input: (item) => ({ ...readSession(item), description: readReason(item) }),
	run: async (item, { session, description }) => {
		await gladlyRequest(item, 'POST', `${sessionPath(session)}/close`, { body: { description } });
		return { sessionId: session.raw, closed: true, description };
	},
});
