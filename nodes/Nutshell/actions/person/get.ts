import { simplifyField } from '../../../shared/descriptions';
import { defineOperation } from '../../../shared/kit';
import { PERSON, readPartyId } from '../../party';
import { getRecord } from '../../transport';

export const get = defineOperation('get', {
	name: 'Get',
	action: 'Get a person',
	description: 'Retrieve a person by ID',
	fields: [PERSON.locator, simplifyField],
	input: (item) => ({ id: readPartyId(item, PERSON), simple: item.boolean('simple', true) }),
	run: async (item, { id, simple }) => {
		const record = await getRecord(item, 'contacts', id.path);
		return simple ? PERSON.simplify(record) : record;
	},
});
