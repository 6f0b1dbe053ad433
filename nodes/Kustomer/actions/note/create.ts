import { defineOperation } from '../../../shared/kit';
import { conversationLocator, outputOptions } from '../../descriptions';
import { shapeOf } from '../../output';
import { sendRecord } from '../common';
import { noteBody, noteFields, noteText } from './fields';

export const create = defineOperation('create', {
	name: 'Create',
	action: 'Create a note',
	description: 'Add an internal note to a conversation, optionally mentioning users or teams',
	fields: [conversationLocator(), noteText, noteFields('additionalFields'), outputOptions()],
	input: (item) => {
		const id = item.id('conversationId', 'Conversation');
		const text = item.raw<unknown>('body', '');
		if (typeof text !== 'string' || !text.trim()) throw item.fail('Text', 'is empty');
		const body = { body: text, ...noteBody(item, 'additionalFields') };
		return { id, body, shape: shapeOf(item, 'record') };
	},
	run: async (item, { id, body, shape }) =>
		shape(await sendRecord(item, 'POST', `/v1/conversations/${id.path}/notes`, body)),
});
