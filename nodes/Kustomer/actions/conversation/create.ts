import { simplifyField } from '../../../shared/descriptions';
import { defineOperation } from '../../../shared/kit';
import { customAttributesField } from '../../custom';
import { customerLocator, outputOptions } from '../../descriptions';
import { shapeOf } from '../../output';
import { sendRecord } from '../common';
import { conversationBody, conversationFields } from './fields';

export const create = defineOperation('create', {
	name: 'Create',
	action: 'Create a conversation',
	description: 'Create a conversation for a customer',
	fields: [
		customerLocator({ description: 'The customer the conversation is with' }),
		conversationFields('additionalFields'),
		customAttributesField(),
		simplifyField,
		outputOptions(),
	],
	input: async (item) => {
		const customer = item.id('customerId', 'Customer').raw;
		const body = { customer, ...(await conversationBody(item, 'additionalFields')) };
		return { body, shape: shapeOf(item, 'conversation') };
	},
	run: async (item, { body, shape }) =>
		shape(await sendRecord(item, 'POST', '/v1/conversations', body)),
});
