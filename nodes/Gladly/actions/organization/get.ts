import { defineOperation } from '../../../shared/kit';
import { getRecord } from '../../transport';

export const get = defineOperation('get', {
	name: 'Get',
	action: 'Get the organization',
	description: 'Retrieve the organization: its ID (needed for public answers), name and timezone',
	input: () => ({}),
	run: async (item) => await getRecord(item, '/organization'),
});
