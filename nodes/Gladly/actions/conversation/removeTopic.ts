import { defineOperation } from '../../../shared/kit';
import { pickedIdField } from '../../fields';
import { gladlyRequest } from '../../transport';
import { conversationField } from './conversationFields';

export const removeTopic = defineOperation('removeTopic', {
	name: 'Remove Topic',
	action: 'Remove a topic from a conversation',
	description: 'Remove one topic from a conversation',
	fields: [conversationField, pickedIdField('topicId', 'Topic', 'getTopics', 'topic to remove')],
	input: (item) => ({
		id: item.id('conversationId', 'conversationId'),
		topicId: item.id('topicId', 'topicId'),
	}),
	run: async (item, { id, topicId }) => {
		await gladlyRequest(item, 'DELETE', `/conversations/${id.path}/topics/${topicId.path}`);
		return { conversationId: id.raw, removedTopicId: topicId.raw };
	},
});
