import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { simplifyField } from '../../../shared/descriptions';
import { inputError } from '../../../shared/errors';
import { toItems } from '../../../shared/router';
import { idList, idParam, operation, topicsField } from '../../descriptions';
import { outputConversation } from '../../simplify';
import { gladlyRequest } from '../../transport';
import { conversationField } from './fields';

const properties: INodeProperties[] = [
	conversationField,
	topicsField({ description: 'Topics to add before closing; Gladly refuses to close a conversation without a topic. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.' }),
	{ displayName: 'Force', name: 'force', type: 'boolean', default: true, description: 'Whether to close even while the customer is waiting for a reply' },
	simplifyField,
];

/**
 * Gladly's documented close sequence (rest-api-examples close-conversations): read the conversation,
 * add topics (closing needs at least one), then PATCH the status, keeping the current assignee.
 */
export const close = operation('conversation', 'close', properties, async function (itemIndex) {
	const id = idParam(this, 'conversationId', itemIndex);
	const topicIds = idList(this.getNodeParameter('topicIds', itemIndex, []));
	const force = this.getNodeParameter('force', itemIndex, true) as boolean;
	const current = (await gladlyRequest.call(this, 'GET', `/conversations/${id}`, { itemIndex })).body as IDataObject;
	if (current.status !== 'CLOSED') {
		const existing = (current.topicIds as string[] | undefined) ?? [];
		if (!topicIds.length && !existing.length) {
			throw inputError(this.getNode(), 'Topic Names or IDs', 'is empty and the conversation has no topic: Gladly needs at least one topic to close it', itemIndex);
		}
		const missing = topicIds.filter((topicId) => !existing.includes(topicId));
		if (missing.length) await gladlyRequest.call(this, 'POST', `/conversations/${id}/topics`, { body: { topicIds: missing }, itemIndex, idempotent: true });
		await gladlyRequest.call(this, 'PATCH', `/conversations/${id}`, { body: { status: force ? { value: 'CLOSED', force: true } : { value: 'CLOSED' } }, itemIndex, idempotent: true });
	}
	const response = await gladlyRequest.call(this, 'GET', `/conversations/${id}`, { itemIndex });
	return toItems(outputConversation(response.body as IDataObject, this.getNodeParameter('simple', itemIndex, true) as boolean), itemIndex);
});
