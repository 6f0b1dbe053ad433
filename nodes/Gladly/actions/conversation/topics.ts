import { inputError } from '../../../shared/errors';
import { toItems } from '../../../shared/router';
import { idField, idList, idParam, operation, topicsField } from '../../descriptions';
import { gladlyRequest } from '../../transport';
import { conversationField } from './fields';

export const addTopics = operation('conversation', 'addTopics', [conversationField, topicsField({ required: true })], async function (itemIndex) {
	const id = idParam(this, 'conversationId', itemIndex);
	const topicIds = idList(this.getNodeParameter('topicIds', itemIndex, []));
	if (!topicIds.length) throw inputError(this.getNode(), 'Topic Names or IDs', 'is empty: choose at least one topic', itemIndex);
	// Topics already on the conversation are ignored by Gladly, so repeating is harmless.
	await gladlyRequest.call(this, 'POST', `/conversations/${id}/topics`, { body: { topicIds }, itemIndex, idempotent: true });
	return toItems({ conversationId: decodeURIComponent(id), addedTopicIds: topicIds }, itemIndex);
});

const topicField = idField('topicId', 'Topic Name or ID', 'The topic to remove. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.', {
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getTopics' },
	placeholder: undefined,
});

export const removeTopic = operation('conversation', 'removeTopic', [conversationField, topicField], async function (itemIndex) {
	const id = idParam(this, 'conversationId', itemIndex);
	const topicId = idParam(this, 'topicId', itemIndex);
	await gladlyRequest.call(this, 'DELETE', `/conversations/${id}/topics/${topicId}`, { itemIndex });
	return toItems({ conversationId: decodeURIComponent(id), removedTopicId: decodeURIComponent(topicId) }, itemIndex);
});
