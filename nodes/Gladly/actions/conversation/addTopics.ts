import { defineOperation } from '../../../shared/kit';
import { topicsField } from '../../fields';
import { gladlyRequest } from '../../transport';
import { conversationField } from './conversationFields';

export const addTopics = defineOperation('addTopics', {
	name: 'Add Topics',
	action: 'Add topics to a conversation',
	description: 'Tag a conversation with topics',
	fields: [conversationField, topicsField({ required: true })],
	input: (item) => {
		const id = item.id('conversationId', 'conversationId');
		const topicIds = item.list('topicIds', []);
		if (!topicIds.length)
			throw item.fail('Topic Names or IDs', 'is empty: choose at least one topic');
		return { id, topicIds };
	},
	run: async (item, { id, topicIds }) => {
		// Topics already on the conversation are ignored by Gladly, so repeating is harmless.
		const path = `/conversations/${id.path}/topics`;
		await gladlyRequest(item, 'POST', path, { body: { topicIds }, idempotent: true });
		return { conversationId: id.raw, addedTopicIds: topicIds };
	},
});
