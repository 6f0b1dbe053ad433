import type { IDataObject } from 'n8n-workflow';

import { defineOperation } from '../../../shared/kit';
import { conversationLocator, outputOptions } from '../../descriptions';
import { shapeOf } from '../../output';
import { sendRecord } from '../common';
import { MENTION_NOTES, noteBody, noteFields, noteText } from './fields';

export const create = defineOperation('create', {
	name: 'Create',
	action: 'Create a note',
	description: 'Add an internal note to a conversation, optionally mentioning users or teams',
	fields: [conversationLocator(), noteText, noteFields('additionalFields'), outputOptions()],
	input: (item) => {
		const id = item.id('conversationId', 'Conversation');
		const text = item.raw<unknown>('body', '');
		if (typeof text !== 'string' || !text.trim()) throw item.fail('Text', 'is empty');
		const body: IDataObject = { body: text, ...noteBody(item, 'additionalFields') };
		// Kustomer documents mentions on POST /v1/notes only; that note names its conversation.
		if (body.userMentions) {
			const mentioned = { ...body, [MENTION_NOTES.conversationField]: id.raw };
			return { path: MENTION_NOTES.path, body: mentioned, shape: shapeOf(item, 'record') };
		}
		const path = `/v1/conversations/${id.path}/notes`;
		return { path, body, shape: shapeOf(item, 'record') };
	},
	run: async (item, { path, body, shape }) => shape(await sendRecord(item, 'POST', path, body)),
});
