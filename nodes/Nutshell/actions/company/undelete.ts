import { defineOperation } from '../../../shared/kit';
import { COMPANY, readPartyId } from '../../party';
import { nutshellRequest, recordOrFetch } from '../../transport';

export const undelete = defineOperation('undelete', {
	name: 'Undelete',
	action: 'Undelete a company',
	description: 'Restore a deleted company',
	fields: [COMPANY.locator],
	input: (item) => ({ id: readPartyId(item, COMPANY) }),
	run: async (item, { id }) => {
		const path = `/accounts/${id.path}/undelete`;
		const response = await nutshellRequest(item, 'POST', path, { idempotent: true });
		return await recordOrFetch(item, response.body, 'accounts', id.path);
	},
});
