import { defineOperation } from '../../../shared/kit';
import { idField } from '../../fields';
import { getRecord } from '../../transport';
import { readSession, sessionField, sessionPath } from './sessionFields';

export const getMessage = defineOperation('getMessage', {
	name: 'Get Message',
	action: 'Get a message of an automation session',
	description: 'Retrieve one message of an automation session',
	fields: [
		sessionField,
		idField(
			'messageId',
			'Message ID',
			'The message: content.message.id of an AUTOMATION/MESSAGE_RECEIVED event',
		),
	],
	input: (item) => ({ ...readSession(item), message: item.id('messageId', 'Message ID') }),
	run: async (item, { session, message }) =>
		await getRecord(item, `${sessionPath(session)}/messages/${message.path}`),
});
