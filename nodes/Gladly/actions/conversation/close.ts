import type { IDataObject } from 'n8n-workflow';

import { simplifyField } from '../../../shared/descriptions';
import { defineOperation } from '../../../shared/kit';
import { topicsField } from '../../fields';
import { getRecord, gladlyRequest } from '../../transport';
import { conversationField, readConversation } from './conversationFields';

/**
 * Gladly's documented close sequence (rest-api-examples close-conversations): read the
 * conversation, add topics (closing needs at least one), then PATCH the status, keeping the current
 * assignee.
 */
export const close = defineOperation('close', {
	name: 'Close',
	action: 'Close a conversation',
	description: 'Add the given topics, then close the conversation',
	fields: [
		conversationField,
		topicsField({
			description:
				'Topics to add before closing; Gladly refuses to close a conversation without a topic. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		}),
		{
			displayName: 'Force',
			name: 'force',
			type: 'boolean',
			default: true,
			description: 'Whether to close even while the customer is waiting for a reply',
		},
		simplifyField,
	],
	input: (item) => ({
		id: item.id('conversationId', 'conversationId'),
		topicIds: item.list('topicIds', []),
		force: item.boolean('force', true),
		simple: item.boolean('simple', true),
	}),
	run: async (item, { id, topicIds, force, simple }) => {
		const path = `/conversations/${id.path}`;
		const current: IDataObject = await getRecord(item, path);
		if (current.status !== 'CLOSED') {
			const existing = (current.topicIds as string[] | undefined) ?? [];
			if (!topicIds.length && !existing.length) {
				throw item.fail(
					'Topic Names or IDs',
					'is empty and the conversation has no topic: Gladly needs at least one topic to close it',
				);
			}
			const missing = topicIds.filter((topicId) => !existing.includes(topicId));
			if (missing.length) {
				await gladlyRequest(item, 'POST', `${path}/topics`, {
					body: { topicIds: missing },
					idempotent: true,
				});
			}
			const status = force ? { value: 'CLOSED', force: true } : { value: 'CLOSED' };
			await gladlyRequest(item, 'PATCH', path, { body: { status }, idempotent: true });
		}
		return await readConversation(item, id, simple);
	},
});
