import { defineOperation } from '../../../shared/kit';
import { getRecord } from '../../transport';
import { readSession, sessionField, sessionPath } from './sessionFields';

export const getSession = defineOperation('getSession', {
	name: 'Get Session',
	action: 'Get an automation session',
	description:
		'Retrieve an automation session: its customer, conversation, channel and whether a bot or an agent has it',
	fields: [sessionField],
	input: readSession,
	run: async (item, { session }) => await getRecord(item, sessionPath(session)),
});
