import { defineOperation } from '../../../shared/kit';
import { idField } from '../../fields';
import { getRecord } from '../../transport';
import { taskField } from './taskFields';

export const getComment = defineOperation('getComment', {
	name: 'Get Comment',
	action: 'Get a comment of a task',
	description: 'Retrieve one comment of a task',
	fields: [taskField, idField('commentId', 'Comment ID', 'The ID of the comment')],
	input: (item) => ({
		id: item.id('taskId', 'taskId'),
		commentId: item.id('commentId', 'commentId'),
	}),
	run: async (item, { id, commentId }) =>
		await getRecord(item, `/tasks/${id.path}/comments/${commentId.path}`),
});
