import { defineOperation } from '../../../shared/kit';
import { pickedIdField } from '../../fields';
import { getList } from '../../transport';

/** Gladly has no single-audience endpoint: Get reads the list and picks the audience. */
export const get = defineOperation('get', {
	name: 'Get',
	action: 'Get an audience',
	description: 'Retrieve an audience by ID',
	fields: [pickedIdField('audienceId', 'Audience', 'getAudiences', 'audience')],
	input: (item) => ({ id: item.id('audienceId', 'audienceId') }),
	run: async (item, { id }) => {
		const found = (await getList(item, '/audiences')).find((record) => record.id === id.raw);
		if (!found) throw item.fail('Audience Name or ID', `matches no audience (${id.raw})`);
		return found;
	},
});
