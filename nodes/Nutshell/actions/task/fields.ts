import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { Item } from '../../../shared/kit';
import { dynamicOptions, idField } from '../../descriptions';
import { nutshellId } from '../../ids';

export const taskIdField = idField(
	'taskId',
	'Task ID',
	'tasks',
	'ID of the task, e.g. 7-tasks (or 7)',
);

export const assigneeField = (): INodeProperties =>
	dynamicOptions('Assignee', 'assignee', 'getUsers');

export const relatedField: INodeProperties = {
	displayName: 'Related Record ID',
	name: 'relatedEntity',
	type: 'string',
	default: '',
	placeholder: 'e.g. 5-leads, 3-contacts or 7-accounts',
	description: 'The lead, person or company the task is about; the ID must include its type',
};

/** A related record: the type suffix is required here, since a task can hang off several kinds. */
export function relatedEntity(item: Item, value: unknown): string {
	const raw = String(value ?? '').trim();
	const type = /^\d+-(leads|contacts|accounts)$/.exec(raw)?.[1] as
		'leads' | 'contacts' | 'accounts' | undefined;
	if (!type)
		throw item.fail(
			'Related Record ID',
			`"${raw}" must be a lead, person or company ID with its type, e.g. 5-leads, 3-contacts or 7-accounts`,
		);
	return nutshellId(item, raw, type, 'Related Record ID').raw;
}

export function assignee(item: Item, fields: IDataObject): string | undefined {
	return fields.assignee ? nutshellId(item, fields.assignee, 'users', 'Assignee').raw : undefined;
}
