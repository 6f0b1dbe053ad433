import { defineOperation } from '../../../shared/kit';
import { gladlyRequest } from '../../transport';
import { readSession, sessionField, sessionPath } from './sessionFields';

export const setTypingIndicator = defineOperation('setTypingIndicator', {
	name: 'Set Typing Indicator',
	action: 'Show or hide the bot typing indicator',
	description:
		'Show the customer that the bot is typing (e.g. while the workflow looks something up), or stop',
	fields: [
		sessionField,
		{
			displayName: 'State',
			name: 'state',
			type: 'options',
			default: 'STARTED',
			options: [
				{ name: 'Stopped', value: 'STOPPED' },
				{ name: 'Typing', value: 'STARTED' },
			],
		},
	],
	input: (item) => ({
		...readSession(item),
		state: item.choice('state', 'State', ['STARTED', 'STOPPED'] as const, 'STARTED'),
	}),
	run: async (item, { session, state }) => {
		// Setting the same state again changes nothing: safe to repeat after a broken connection.
		await gladlyRequest(item, 'POST', `${sessionPath(session)}/typing-indicators`, {
			body: { state },
			idempotent: true,
		});
		return { sessionId: session.raw, state };
	},
});
