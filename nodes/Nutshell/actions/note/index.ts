import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { describeOperation } from '../../../shared/descriptions';
import { inputError } from '../../../shared/errors';
import type { OperationModule } from '../../../shared/router';
import { toItems } from '../../../shared/router';
import { entityKindOptions, idField, resourceProperties } from '../../descriptions';
import { idParameter, normaliseId } from '../../ids';
import { firstRecord, nutshellRequest } from '../../transport';

const PARENTS = { company: 'accounts', lead: 'leads', person: 'contacts' } as const;

const create: OperationModule = {
	description: describeOperation('note', 'create', [
		{
			displayName: 'Parent Type',
			name: 'parentType',
			type: 'options',
			default: 'lead',
			options: entityKindOptions({ company: 'company', lead: 'lead', person: 'person' }),
			description: 'Kind of record the note is attached to',
		},
		{
			displayName: 'Parent ID',
			name: 'parentId',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. 5-leads (or 5)',
			description: 'ID of the lead, person or company',
		},
		{
			displayName: 'Body',
			name: 'body',
			type: 'string',
			typeOptions: { rows: 4 },
			required: true,
			default: '',
			description: 'Text of the note',
		},
	]),
	async execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
		const node = this.getNode();
		const kind = this.getNodeParameter('parentType', itemIndex, 'lead') as keyof typeof PARENTS;
		const type = PARENTS[kind];
		if (!type)
			throw inputError(
				node,
				'Parent Type',
				`"${String(kind)}" is not company, lead or person`,
				itemIndex,
			);
		const parent = normaliseId(
			node,
			this.getNodeParameter('parentId', itemIndex, ''),
			type,
			'Parent ID',
			itemIndex,
		);
		const body = String(this.getNodeParameter('body', itemIndex, '')).trim();
		if (!body) throw inputError(node, 'Body', 'is empty', itemIndex);
		// Notes use a {"data": {...}} wrapper, not the plural array of other creates.
		const response = await nutshellRequest({ n8n: this, index: itemIndex }, 'POST', '/notes', {
			body: { data: { body, links: { parent } } },
			itemIndex,
			idempotent: false,
		});
		return toItems(firstRecord(response.body, 'notes'), itemIndex);
	},
};

const noteId = idField('noteId', 'Note ID', 'notes', 'ID of the note, e.g. 7-notes (or 7)');

const remove: OperationModule = {
	description: describeOperation('note', 'delete', [noteId]),
	async execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
		const id = idParameter(this, 'noteId', 'notes', 'Note ID', itemIndex);
		await nutshellRequest({ n8n: this, index: itemIndex }, 'DELETE', `/notes/${id}`, { itemIndex });
		return toItems({ deleted: true, id: decodeURIComponent(id) }, itemIndex);
	},
};

export const operations: Record<string, OperationModule> = { create, delete: remove };

export const description: INodeProperties[] = resourceProperties(
	'note',
	[
		{
			name: 'Create',
			value: 'create',
			action: 'Create a note',
			description: 'Add a note to a lead, person or company',
		},
		{ name: 'Delete', value: 'delete', action: 'Delete a note', description: 'Delete a note' },
	],
	'create',
	operations,
);
