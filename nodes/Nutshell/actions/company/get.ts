import { simplifyField } from '../../../shared/descriptions';
import { defineOperation } from '../../../shared/kit';
import { COMPANY, readPartyId } from '../../party';
import { getRecord } from '../../transport';

export const get = defineOperation('get', {
	name: 'Get',
	action: 'Get a company',
	description: 'Retrieve a company by ID',
	fields: [COMPANY.locator, simplifyField],
	input: (item) => ({ id: readPartyId(item, COMPANY), simple: item.boolean('simple', true) }),
	run: async (item, { id, simple }) => {
		const record = await getRecord(item, 'accounts', id.path);
		return simple ? COMPANY.simplify(record) : record;
	},
});
