import type { IDataObject } from 'n8n-workflow';

import { simplifyField } from '../../../shared/descriptions';
import { defineOperation } from '../../../shared/kit';
import { agentField, fieldsCollection, inboxField } from '../../fields';
import { gladlyRequest } from '../../transport';
import { conversationField, readConversation } from './conversationFields';

const updateFields = fieldsCollection([
	agentField({
		description:
			'Agent to assign; must belong to the inbox. Needs \'Inbox\'. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	}),
	{
		displayName: 'Force',
		name: 'force',
		type: 'boolean',
		default: false,
		description: 'Whether to close even while the customer is waiting for a reply',
	},
	inboxField({
		required: false,
		description:
			'Inbox to assign the conversation to (required when assigning). Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	}),
	{
		displayName: 'Status',
		name: 'status',
		type: 'options',
		default: 'OPEN',
		options: [
			{
				name: 'Closed',
				value: 'CLOSED',
				description: 'Needs at least one topic on the conversation',
			},
			{ name: 'Open', value: 'OPEN' },
		],
	},
	{
		displayName: 'Unassign Agent',
		name: 'unassignAgent',
		type: 'boolean',
		default: false,
		description:
			"Whether to remove the agent and leave the conversation with the inbox only. Needs 'Inbox'.",
	},
]);

/**
 * PATCH body of a conversation: `assignee` (inbox required) and/or `status` (object with `force`).
 */
function conversationPatch(fields: IDataObject): IDataObject {
	const body: IDataObject = {};
	if (fields.inboxId) {
		body.assignee = {
			inboxId: fields.inboxId,
			agentId: fields.unassignAgent ? null : fields.agentId || undefined,
		};
	}
	if (fields.status)
		body.status = fields.force ? { value: fields.status, force: true } : { value: fields.status };
	return body;
}

export const update = defineOperation('update', {
	name: 'Update',
	action: 'Update a conversation',
	description: 'Assign to an inbox or agent, or open or close it',
	fields: [conversationField, updateFields, simplifyField],
	input: (item) => {
		const id = item.id('conversationId', 'conversationId');
		const fields = item.collection('updateFields');
		if ((fields.agentId || fields.unassignAgent) && !fields.inboxId) {
			throw item.fail(
				'Inbox',
				'is required when assigning an agent: Gladly assigns to an inbox and, optionally, an ' +
					'agent in it',
			);
		}
		const body = conversationPatch(fields);
		if (!Object.keys(body).length)
			throw item.fail('Update Fields', 'is empty: set an inbox (and agent) or a status');
		return { id, body, simple: item.boolean('simple', true) };
	},
	run: async (item, { id, body, simple }) => {
		await gladlyRequest(item, 'PATCH', `/conversations/${id.path}`, { body, idempotent: true });
		return await readConversation(item, id, simple);
	},
});
