import { defineOperation } from '../../../shared/kit';
import { pickedIdField } from '../../fields';
import { getRecord } from '../../transport';

export const get = defineOperation('get', {
	name: 'Get',
	action: 'Get a topic',
	description: 'Retrieve a topic by ID',
	fields: [pickedIdField('topicId', 'Topic', 'getTopics', 'topic')],
	input: (item) => ({ id: item.id('topicId', 'topicId') }),
	run: async (item, { id }) => await getRecord(item, `/topics/${id.path}`),
});
