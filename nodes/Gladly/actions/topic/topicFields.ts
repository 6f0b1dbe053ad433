/** Fields shared by Topic › Create and Update. */
import type { INodeProperties } from 'n8n-workflow';

export const disabledField: INodeProperties = {
	displayName: 'Disabled',
	name: 'disabled',
	type: 'boolean',
	default: false,
	description: 'Whether agents can no longer pick the topic',
};

export const parentField: INodeProperties = {
	displayName: 'Parent Topic Name or ID',
	name: 'parentId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getTopics' },
	default: '',
	description:
		'Topic this one sits under. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};
