import { defineOperation } from '../../../shared/kit';
import { entityKindOptions } from '../../descriptions';
import { nutshellRequest, recordsOf } from '../../transport';

const ENTITIES: Record<string, string> = { company: 'accounts', lead: 'leads', person: 'contacts' };

export const getMany = defineOperation('getMany', {
	name: 'Get Many',
	action: 'Get many custom fields',
	description: 'List the custom field definitions of leads, people or companies',
	fields: [
		{
			displayName: 'Entity',
			name: 'entity',
			type: 'options',
			default: 'lead',
			options: entityKindOptions({ company: 'company', lead: 'lead', person: 'person' }),
			description: 'Whose custom field definitions to list',
		},
	],
	input: (item) => {
		const entity = String(item.raw<unknown>('entity', 'lead'));
		const plural = ENTITIES[entity];
		if (!plural) throw item.fail('Entity', `"${entity}" is not company, lead or person`);
		return { plural };
	},
	run: async (item, { plural }) => {
		const response = await nutshellRequest(item, 'GET', `/${plural}/customfields/attributes`);
		// Accounts answer {customFields: [...]}, leads and contacts a bare array.
		return recordsOf(response.body, 'customFields');
	},
});
