import { defineOperation } from '../../../shared/kit';
import { COMPANY, readPartyId } from '../../party';
import { nutshellRequest } from '../../transport';

export const remove = defineOperation('delete', {
	name: 'Delete',
	action: 'Delete a company',
	description: 'Move a company to the trash',
	fields: [COMPANY.locator],
	input: (item) => ({ id: readPartyId(item, COMPANY) }),
	run: async (item, { id }) => {
		await nutshellRequest(item, 'DELETE', `/accounts/${id.path}`);
		return { deleted: true, id: id.raw };
	},
});
