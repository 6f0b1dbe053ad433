import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { simplifyField } from '../../../shared/descriptions';
import { inputError } from '../../../shared/errors';
import { toItems } from '../../../shared/router';
import { agentField, fieldsCollection, idParam, inboxField, operation } from '../../descriptions';
import { outputConversation } from '../../simplify';
import { gladlyRequest } from '../../transport';
import { conversationField } from './fields';

const properties: INodeProperties[] = [
	conversationField,
	fieldsCollection([
			agentField({ description: "Agent to assign; must belong to the inbox. Needs 'Inbox'. Choose from the list, or specify an ID using an <a href=\"https://docs.n8n.io/code/expressions/\">expression</a>." }),
			{ displayName: 'Force', name: 'force', type: 'boolean', default: false, description: 'Whether to close even while the customer is waiting for a reply' },
			inboxField({ required: false, description: 'Inbox to assign the conversation to (required when assigning). Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.' }),
			{
				displayName: 'Status',
				name: 'status',
				type: 'options',
				default: 'OPEN',
				options: [
					{ name: 'Closed', value: 'CLOSED', description: 'Needs at least one topic on the conversation' },
					{ name: 'Open', value: 'OPEN' },
				],
			},
			{ displayName: 'Unassign Agent', name: 'unassignAgent', type: 'boolean', default: false, description: "Whether to remove the agent and leave the conversation with the inbox only. Needs 'Inbox'." },
		]),
	simplifyField,
];

/** PATCH body of a conversation: `assignee` (inbox required) and/or `status` (object with `force`). */
export function conversationPatch(fields: IDataObject): IDataObject {
	const body: IDataObject = {};
	if (fields.inboxId) {
		body.assignee = { inboxId: fields.inboxId, agentId: fields.unassignAgent ? null : fields.agentId || undefined };
	}
	if (fields.status) body.status = fields.force ? { value: fields.status, force: true } : { value: fields.status };
	return body;
}

export const update = operation('conversation', 'update', properties, async function (itemIndex) {
	const id = idParam(this, 'conversationId', itemIndex);
	const fields = this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject;
	if ((fields.agentId || fields.unassignAgent) && !fields.inboxId) {
		throw inputError(this.getNode(), 'Inbox', "is required when assigning an agent: Gladly assigns to an inbox and, optionally, an agent in it", itemIndex);
	}
	const body = conversationPatch(fields);
	if (!Object.keys(body).length) throw inputError(this.getNode(), 'Update Fields', 'is empty: set an inbox (and agent) or a status', itemIndex);
	await gladlyRequest.call(this, 'PATCH', `/conversations/${id}`, { body, itemIndex, idempotent: true });
	const response = await gladlyRequest.call(this, 'GET', `/conversations/${id}`, { itemIndex });
	return toItems(outputConversation(response.body as IDataObject, this.getNodeParameter('simple', itemIndex, true) as boolean), itemIndex);
});
