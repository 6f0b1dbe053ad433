import { defineOperation } from '../../../shared/kit';
import { entityKindOptions } from '../../descriptions';
import { nutshellId } from '../../ids';
import { firstRecord, nutshellRequest } from '../../transport';

const PARENTS = { company: 'accounts', lead: 'leads', person: 'contacts' } as const;

export const create = defineOperation('create', {
	name: 'Create',
	action: 'Create a note',
	description: 'Add a note to a lead, person or company',
	fields: [
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
	],
	input: (item) => {
		const kind = item.raw<unknown>('parentType', 'lead');
		const type = PARENTS[kind as keyof typeof PARENTS];
		if (!type) throw item.fail('Parent Type', `"${String(kind)}" is not company, lead or person`);
		const parent = nutshellId(item, item.raw<unknown>('parentId', ''), type, 'Parent ID');
		return { parent, body: item.string('body', 'Body', { required: true }) };
	},
	run: async (item, { parent, body }) => {
		// Notes use a {"data": {...}} wrapper, not the plural array of other creates.
		const response = await nutshellRequest(item, 'POST', '/notes', {
			body: { data: { body, links: { parent: parent.raw } } },
			idempotent: false,
		});
		return firstRecord(response.body, 'notes');
	},
});
