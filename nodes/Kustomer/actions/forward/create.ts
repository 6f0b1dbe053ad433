import { defineOperation, splitList } from '../../../shared/kit';
import { conversationLocator, outputOptions } from '../../descriptions';
import { shapeOf } from '../../output';
import { sendRecord } from '../common';
import { forwardBody, forwardFields, toField } from './fields';

/** Forwards a conversation by email: POST /v1/conversations/{id}/forwards (channel `email`). */
export const create = defineOperation('create', {
	name: 'Create',
	action: 'Forward a conversation',
	description:
		'Forward a conversation by email to one or more addresses; with Send At Kustomer sends it, otherwise it stays a draft',
	fields: [
		conversationLocator(),
		toField(true),
		forwardFields('additionalFields'),
		outputOptions(),
	],
	input: (item) => {
		const id = item.id('conversationId', 'Conversation');
		const to = splitList(item.raw('to', ''));
		if (to.length === 0) throw item.fail('To', 'is empty: give at least one email address');
		const body = { channel: 'email', ...forwardBody(item, 'additionalFields', to) };
		return { path: `/v1/conversations/${id.path}/forwards`, body, shape: shapeOf(item, 'record') };
	},
	run: async (item, { path, body, shape }) => shape(await sendRecord(item, 'POST', path, body)),
});
