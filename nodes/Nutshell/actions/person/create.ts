import { defineOperation } from '../../../shared/kit';
import { PERSON, createParty, partyCreateFields, readPartyCreate } from '../../party';

export const create = defineOperation('create', {
	name: 'Create',
	action: 'Create a person',
	description: 'Create a new person',
	fields: partyCreateFields(PERSON),
	input: (item) => readPartyCreate(item, PERSON),
	run: async (item, input) => await createParty(item, PERSON, input),
});
