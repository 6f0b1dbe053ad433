import { simplifyField } from '../../../shared/descriptions';
import { defineOperation } from '../../../shared/kit';
import { customAttributesField } from '../../custom';
import { idField, outputOptions } from '../../descriptions';
import { shapeOf } from '../../output';
import { requireChanges, sendRecord } from '../common';
import { messageBody } from './body';
import { messageFields } from './fields';

export const update = defineOperation('update', {
	name: 'Update',
	action: 'Update a message',
	description: "Update a message's attributes",
	fields: [
		idField('messageId', 'Message ID', 'ID of the message'),
		messageFields('updateFields'),
		customAttributesField(),
		simplifyField,
		outputOptions(),
	],
	input: async (item) => {
		const id = item.id('messageId', 'Message ID');
		const body = requireChanges(item, await messageBody(item, 'updateFields'), 'Update Fields');
		return { id, body, shape: shapeOf(item, 'message') };
	},
	run: async (item, { id, body, shape }) =>
		shape(await sendRecord(item, 'PATCH', `/v1/messages/${id.path}`, body)),
});
