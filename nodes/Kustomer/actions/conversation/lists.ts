import { conversationLocator } from '../../descriptions';
import { idParam, listOperation } from '../common';

const conversationPath = (context: Parameters<typeof idParam>[0], itemIndex: number) =>
	`/v1/conversations/${idParam(context, 'conversationId', 'Conversation', itemIndex)}`;

/** A conversation's messages: GET /v1/conversations/{id}/messages. */
export const getMessages = listOperation({
	resource: 'conversation',
	operation: 'getMessages',
	fields: [conversationLocator()],
	simplify: true,
	build: (context, itemIndex) => ({ path: `${conversationPath(context, itemIndex)}/messages`, kind: 'message' }),
});

/** A conversation's notes: GET /v1/conversations/{id}/notes. */
export const getNotes = listOperation({
	resource: 'conversation',
	operation: 'getNotes',
	fields: [conversationLocator()],
	build: (context, itemIndex) => ({ path: `${conversationPath(context, itemIndex)}/notes`, kind: 'record' }),
});

/** A conversation's events (status changes, assignments...): GET /v1/conversations/{id}/events. */
export const getEvents = listOperation({
	resource: 'conversation',
	operation: 'getEvents',
	fields: [conversationLocator()],
	build: (context, itemIndex) => ({ path: `${conversationPath(context, itemIndex)}/events`, kind: 'record' }),
});
