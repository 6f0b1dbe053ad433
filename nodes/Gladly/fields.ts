/**
 * Field builders shared by several Gladly resources (an operation's own fields sit in its file).
 */
import type { INodeProperties } from 'n8n-workflow';

const COLLECTIONS = {
	updateFields: { displayName: 'Update Fields', placeholder: 'Add Field' },
	additionalFields: { displayName: 'Additional Fields', placeholder: 'Add Field' },
	filters: { displayName: 'Filters', placeholder: 'Add Filter' },
};

/** A collection of optional fields: 'Update Fields' (the default), 'Additional Fields' or 'Filters'. */
export function fieldsCollection(
	options: INodeProperties[],
	name: keyof typeof COLLECTIONS = 'updateFields',
): INodeProperties {
	const { displayName, placeholder } = COLLECTIONS[name];
	return { displayName, name, type: 'collection', placeholder, default: {}, options };
}

/** A required ID text field. */
export function idField(
	name: string,
	displayName: string,
	description: string,
	extra: Partial<INodeProperties> = {},
): INodeProperties {
	return {
		displayName,
		name,
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. pOVVdzweSumI4bFxjlT8LA',
		description,
		...extra,
	};
}

/** A required ID picked from a dropdown that `method` loads ("Topic Name or ID"). */
export function pickedIdField(
	name: string,
	label: string,
	method: string,
	what: string,
): INodeProperties {
	return idField(
		name,
		`${label} Name or ID`,
		`The ${what}. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.`,
		{
			type: 'options',
			typeOptions: { loadOptionsMethod: method },
			placeholder: undefined,
		},
	);
}

function dynamicOptions(
	displayName: string,
	name: string,
	method: string,
	what: string,
	extra: Partial<INodeProperties> = {},
): INodeProperties {
	return {
		displayName,
		name,
		type: 'options',
		typeOptions: { loadOptionsMethod: method },
		default: '',
		description: `The ${what}. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.`,
		...extra,
	};
}

export const inboxField = (extra: Partial<INodeProperties> = {}) =>
	dynamicOptions('Inbox Name or ID', 'inboxId', 'getInboxes', 'inbox', {
		required: true,
		...extra,
	});
export const agentField = (extra: Partial<INodeProperties> = {}) =>
	dynamicOptions('Agent Name or ID', 'agentId', 'getAgents', 'agent', extra);

export function topicsField(extra: Partial<INodeProperties> = {}): INodeProperties {
	return {
		displayName: 'Topic Names or IDs',
		name: 'topicIds',
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod: 'getTopics' },
		default: [],
		description:
			'The topics. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		...extra,
	};
}

export function audiencesField(extra: Partial<INodeProperties> = {}): INodeProperties {
	return {
		displayName: 'Audience Names or IDs',
		name: 'audienceIds',
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod: 'getAudiences' },
		default: [],
		description:
			'Audiences that may see the answer. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		...extra,
	};
}

/** Where a downloaded file goes (shared by every app's downloads). */
export { binaryPropertyField } from '../shared/descriptions';
