import { defineOperation } from '../../../shared/kit';
import { PERSON, partyUpdateSpecFields, readPartyUpdate, updateParty } from '../../party';

export const update = defineOperation('update', {
	name: 'Update',
	action: 'Update a person',
	description: 'Change fields, links and custom fields of a person',
	fields: partyUpdateSpecFields(PERSON),
	input: (item) => readPartyUpdate(item, PERSON),
	run: async (item, input) => await updateParty(item, PERSON, input),
});
