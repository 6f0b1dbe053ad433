import type { IDataObject } from 'n8n-workflow';

import { defineOperation, splitList } from '../../../shared/kit';
import { nutshellRequest, recordsOf } from '../../transport';
import { CUSTOM_FIELD_TYPES, LEAD_ONLY_FIELD_TYPES } from '../../unconfirmed';
import { entityField, readEntity } from './entity';

const TYPES = CUSTOM_FIELD_TYPES.map((type) => type.value);

export const create = defineOperation('create', {
	name: 'Create',
	action: 'Create a custom field',
	description:
		'Add a custom field to leads, people or companies; records then take values for it by its name',
	fields: [
		entityField('Kind of record that gets the new field'),
		{
			displayName: 'Name',
			name: 'name',
			type: 'string',
			required: true,
			default: '',
			description: 'Name of the field, as records and workflows refer to it',
		},
		{
			displayName: 'Type',
			name: 'fieldType',
			type: 'options',
			default: 'Text',
			options: [...CUSTOM_FIELD_TYPES],
			description:
				'Kind of value the field holds; email, location, phone and URL exist only on leads',
		},
		{
			displayName: 'Choices',
			name: 'choices',
			type: 'string',
			default: '',
			placeholder: 'e.g. Small, Medium, Large',
			description: 'The values to choose from, separated by commas',
			displayOptions: { show: { fieldType: ['Enum'] } },
		},
		{
			displayName: 'Allow Several Choices',
			name: 'isMultiple',
			type: 'boolean',
			default: false,
			description: 'Whether a record may hold more than one of the choices',
			displayOptions: { show: { fieldType: ['Enum'] } },
		},
	],
	input: (item) => {
		const plural = readEntity(item);
		const type = item.choice('fieldType', 'Type', TYPES);
		if (plural !== 'leads' && LEAD_ONLY_FIELD_TYPES.includes(type))
			throw item.fail('Type', `"${type}" fields exist only on leads`);
		const body: IDataObject = { name: item.string('name', 'Name', { required: true }), type };
		if (type === 'Enum') {
			const choices = splitList(item.raw('choices', ''));
			if (!choices.length)
				throw item.fail('Choices', 'is empty: a dropdown field needs its values');
			body.choices = choices;
			body.isMultiple = item.boolean('isMultiple', false);
		}
		return { plural, body };
	},
	run: async (item, { plural, body }) => {
		// A second call would make a second field: never resent once it may have reached Nutshell.
		const response = await nutshellRequest(item, 'POST', `/${plural}/customfield`, {
			body,
			idempotent: false,
		});
		const created = recordsOf(response.body, 'customFields')[0];
		if (created) return created;
		const answer = response.body as IDataObject | undefined;
		return answer && typeof answer === 'object' && !Array.isArray(answer) ? answer : { ...body };
	},
});
