import { returnAllOrLimit } from '../../../shared/descriptions';
import { defineOperation } from '../../../shared/kit';
import { getList } from '../../transport';
import { readSession, sessionField, sessionPath } from './sessionFields';

export const getMessages = defineOperation('getMessages', {
	name: 'Get Messages',
	action: 'Get the messages of an automation session',
	description: 'Retrieve the messages of an automation session, customer and bot alike',
	fields: [sessionField, ...returnAllOrLimit()],
	input: (item) => ({ ...readSession(item), limit: item.limit() }),
	run: async (item, { session, limit }) =>
		(await getList(item, `${sessionPath(session)}/messages`)).slice(0, limit),
});
