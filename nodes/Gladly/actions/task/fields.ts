import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { inputError } from '../../../shared/errors';
import { isoDateSchema, parseWith } from '../../../shared/validate';
import { agentField, idField, inboxField } from '../../descriptions';

export const taskField = idField('taskId', 'Task ID', 'The ID of the task');

export const dueField: INodeProperties = { displayName: 'Due At', name: 'dueAt', type: 'dateTime', default: '', required: true, description: 'When the task is due; must be in the future' };
export const bodyField: INodeProperties = { displayName: 'Body', name: 'body', type: 'string', typeOptions: { rows: 4 }, default: '', required: true, description: 'What to do, as text or limited HTML (up to 10,000 characters)' };
export const assigneeFields = (required: boolean): INodeProperties[] => [
	inboxField({ required, description: 'Inbox the task goes to. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.' }),
	agentField({ description: 'Agent to assign (optional; must belong to the inbox). Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.' }),
];

/** A future RFC 3339 due date, refused before sending when it is in the past. */
export function dueAt(context: IExecuteFunctions, value: unknown, parameter: string, itemIndex: number): string {
	const text = parseWith(context.getNode(), isoDateSchema, String(value ?? ''), parameter, itemIndex);
	const date = new Date(text);
	if (date.getTime() <= Date.now()) throw inputError(context.getNode(), parameter, 'must be in the future', itemIndex);
	return date.toISOString();
}

export function taskBody(context: IExecuteFunctions, value: unknown, parameter: string, itemIndex: number): string {
	const text = String(value ?? '');
	if (!text.trim()) throw inputError(context.getNode(), parameter, 'is empty', itemIndex);
	if (text.length > 10000) throw inputError(context.getNode(), parameter, 'must be at most 10,000 characters', itemIndex);
	return text;
}

export function assignee(inboxId: unknown, agentId: unknown): IDataObject {
	return { inboxId: String(inboxId), ...(agentId ? { agentId: String(agentId) } : {}) };
}
