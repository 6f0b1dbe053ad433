import type { INodeProperties } from 'n8n-workflow';

import { defineOperation } from '../../../shared/kit';
import { agentField } from '../../fields';
import { createWithId, getRecord } from '../../transport';
import { taskField, taskText } from './taskFields';

const fields: INodeProperties[] = [
	taskField,
	agentField({
		required: true,
		description:
			'Agent the comment is from. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	}),
	{
		displayName: 'Comment',
		name: 'comment',
		type: 'string',
		typeOptions: { rows: 3 },
		default: '',
		required: true,
		description: 'Up to 10,000 characters; closed tasks take no comments',
	},
];

export const addComment = defineOperation('addComment', {
	name: 'Add Comment',
	action: 'Add a comment to a task',
	description: 'Comment on an open task',
	fields,
	input: (item) => {
		const id = item.id('taskId', 'taskId');
		const agentId = item.string('agentId', 'Agent Name or ID');
		if (!agentId) throw item.fail('Agent Name or ID', 'is required: Gladly records who commented');
		return { id, agentId, comment: taskText(item, item.raw('comment', ''), 'Comment') };
	},
	run: async (item, { id, agentId, comment }) => {
		// The spec's `required` says `message`; the property it defines (and the API takes) is
		// `comment`.
		const created = await createWithId(item, `/tasks/${id.path}/comments`, { agentId, comment });
		return await getRecord(item, `/tasks/${id.path}/comments/${created.id.path}`);
	},
});
