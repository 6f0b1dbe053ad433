import { defineOperation } from '../../../shared/kit';
import { conversationLocator, outputOptions } from '../../descriptions';
import { shapeOf } from '../../output';
import { sendRecord } from '../common';

/** SLA timings (first response, handle time...): GET /v1/conversations/{id}/times. */
export const getTimes = defineOperation('getTimes', {
	name: 'Get Times',
	action: 'Get times of a conversation',
	description: "Retrieve a conversation's SLA timings (first response, handle time)",
	fields: [conversationLocator(), outputOptions()],
	input: (item) => ({
		id: item.id('conversationId', 'Conversation'),
		shape: shapeOf(item, 'record'),
	}),
	run: async (item, { id, shape }) =>
		shape(await sendRecord(item, 'GET', `/v1/conversations/${id.path}/times`)),
});
