/** Task fields and checks shared by the task operations. */
import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { Item } from '../../../shared/kit';
import { isoDateSchema, parseWith } from '../../../shared/validate';
import { idField } from '../../fields';

export const taskField = idField('taskId', 'Task ID', 'The ID of the task');

/** A future RFC 3339 due date, refused before sending when it is in the past. */
export function dueAt(item: Item, value: unknown, label: string): string {
	const date = new Date(
		parseWith(item.node, isoDateSchema, String(value ?? ''), label, item.index),
	);
	if (date.getTime() <= Date.now()) throw item.fail(label, 'must be in the future');
	return date.toISOString();
}

/** A task body or comment: not empty, at most 10,000 characters. */
export function taskText(item: Item, value: unknown, label: string): string {
	const text = String(value ?? '');
	if (!text.trim()) throw item.fail(label, 'is empty');
	if (text.length > 10000) throw item.fail(label, 'must be at most 10,000 characters');
	return text;
}

export function assignee(inboxId: unknown, agentId: unknown): IDataObject {
	return { inboxId: String(inboxId), ...(agentId ? { agentId: String(agentId) } : {}) };
}

export const bodyField: INodeProperties = {
	displayName: 'Body',
	name: 'body',
	type: 'string',
	typeOptions: { rows: 4 },
	default: '',
	required: true,
	description: 'What to do, as text or limited HTML (up to 10,000 characters)',
};
