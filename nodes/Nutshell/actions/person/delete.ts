import { defineOperation } from '../../../shared/kit';
import { PERSON, readPartyId } from '../../party';
import { nutshellRequest } from '../../transport';

export const remove = defineOperation('delete', {
	name: 'Delete',
	action: 'Delete a person',
	description: 'Move a person to the trash',
	fields: [PERSON.locator],
	input: (item) => ({ id: readPartyId(item, PERSON) }),
	run: async (item, { id }) => {
		await nutshellRequest(item, 'DELETE', `/contacts/${id.path}`);
		return { deleted: true, id: id.raw };
	},
});
