import { defineOperation } from '../../../shared/kit';
import { readId } from '../../ids';
import { nutshellRequest, recordsOf } from '../../transport';
import { entityField, readEntity } from './entity';

export const getValues = defineOperation('getValues', {
	name: 'Get Record Values',
	action: 'Get the custom field values of a record',
	description:
		'Read the custom field values of one lead, person or company: one item per field, with its name and value',
	fields: [
		entityField('Kind of record whose custom field values to read'),
		{
			displayName: 'Record ID',
			name: 'recordId',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. 1003-leads, 7-contacts, 3-accounts (or just the number)',
			description: 'ID of the lead, person or company',
		},
	],
	input: (item) => {
		const plural = readEntity(item);
		return { plural, id: readId(item, 'recordId', plural, 'Record ID') };
	},
	run: async (item, { plural, id }) => {
		const response = await nutshellRequest(item, 'GET', `/${plural}/${id.path}/customfields`);
		// Accounts answer {customFields: [...]}, leads and contacts a bare array.
		return recordsOf(response.body, 'customFields').map((field) => ({ ...field, record: id.raw }));
	},
});
