import { defineOperation } from '../../../shared/kit';
import { PERSON, readPartyId } from '../../party';
import { nutshellRequest, recordOrFetch } from '../../transport';

export const undelete = defineOperation('undelete', {
	name: 'Undelete',
	action: 'Undelete a person',
	description: 'Restore a deleted person',
	fields: [PERSON.locator],
	input: (item) => ({ id: readPartyId(item, PERSON) }),
	run: async (item, { id }) => {
		const path = `/contacts/${id.path}/undelete`;
		const response = await nutshellRequest(item, 'POST', path, { idempotent: true });
		return await recordOrFetch(item, response.body, 'contacts', id.path);
	},
});
