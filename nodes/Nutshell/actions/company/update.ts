import { defineOperation } from '../../../shared/kit';
import { COMPANY, partyUpdateSpecFields, readPartyUpdate, updateParty } from '../../party';

export const update = defineOperation('update', {
	name: 'Update',
	action: 'Update a company',
	description: 'Change fields, links and custom fields of a company',
	fields: partyUpdateSpecFields(COMPANY),
	input: (item) => readPartyUpdate(item, COMPANY),
	run: async (item, input) => await updateParty(item, COMPANY, input),
});
