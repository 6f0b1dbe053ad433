import { defineResource } from '../../../shared/kit';
import { close } from './close';
import { getMessage } from './getMessage';
import { getMessages } from './getMessages';
import { getSession } from './getSession';
import { handOff } from './handOff';
import { sendMessage } from './sendMessage';
import { setTypingIndicator } from './setTypingIndicator';

export const messageAutomation = defineResource('messageAutomation', {
	name: 'Message Automation',
	description:
		'Automation sessions: a bot (your workflow) talking to a customer on a Gladly channel, until it hands off to an agent',
	operations: [
		close,
		getMessage,
		getMessages,
		getSession,
		handOff,
		sendMessage,
		setTypingIndicator,
	],
	defaultOperation: 'sendMessage',
});
