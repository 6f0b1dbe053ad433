import { defineOperation } from '../../../shared/kit';
import { gladlyRequest } from '../../transport';
import { readReason, readSession, reasonField, sessionField, sessionPath } from './sessionFields';

export const handOff = defineOperation('handOff', {
	name: 'Hand Off to Agent',
	action: 'Hand an automation session off to an agent',
	description: 'Stop the bot and route the customer to an agent, with the reason the agent sees',
	fields: [
		sessionField,
		reasonField('Why the bot hands the customer over', 'e.g. Customer asked for a person'),
	],
	input: (item) => ({ ...readSession(item), description: readReason(item) }),
	run: async (item, { session, description }) => {
		await gladlyRequest(item, 'POST', `${sessionPath(session)}/handoff`, { body: { description } });
		return { sessionId: session.raw, handedOff: true, description };
	},
});
