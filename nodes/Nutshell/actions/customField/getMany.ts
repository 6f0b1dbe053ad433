import { defineOperation } from '../../../shared/kit';
import { nutshellRequest, recordsOf } from '../../transport';
import { entityField, readEntity } from './entity';

export const getMany = defineOperation('getMany', {
	name: 'Get Many',
	action: 'Get many custom fields',
	description: 'List the custom field definitions of leads, people or companies',
	fields: [entityField('Whose custom field definitions to list')],
	input: (item) => ({ plural: readEntity(item) }),
	run: async (item, { plural }) => {
		const response = await nutshellRequest(item, 'GET', `/${plural}/customfields/attributes`);
		// Accounts answer {customFields: [...]}, leads and contacts a bare array.
		return recordsOf(response.body, 'customFields');
	},
});
