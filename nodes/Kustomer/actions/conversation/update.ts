import { simplifyField } from '../../../shared/descriptions';
import { defineOperation } from '../../../shared/kit';
import { customAttributesField } from '../../custom';
import { conversationLocator, outputOptions } from '../../descriptions';
import { shapeOf } from '../../output';
import { requireChanges, sendRecord } from '../common';
import { conversationBody, conversationFields } from './fields';

export const update = defineOperation('update', {
	name: 'Update',
	action: 'Update a conversation',
	description: 'Update status, assignees, priority, tags or custom attributes',
	fields: [
		conversationLocator(),
		conversationFields('updateFields'),
		customAttributesField(),
		simplifyField,
		outputOptions(),
	],
	input: async (item) => {
		const id = item.id('conversationId', 'Conversation');
		const fields = await conversationBody(item, 'updateFields');
		const body = requireChanges(item, fields, 'Update Fields');
		return { id, body, shape: shapeOf(item, 'conversation') };
	},
	run: async (item, { id, body, shape }) =>
		shape(await sendRecord(item, 'PUT', `/v1/conversations/${id.path}`, body)),
});
