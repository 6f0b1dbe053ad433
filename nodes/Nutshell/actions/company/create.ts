import { defineOperation } from '../../../shared/kit';
import { COMPANY, createParty, partyCreateFields, readPartyCreate } from '../../party';

export const create = defineOperation('create', {
	name: 'Create',
	action: 'Create a company',
	description: 'Create a new company',
	fields: partyCreateFields(COMPANY),
	input: (item) => readPartyCreate(item, COMPANY),
	run: async (item, input) => await createParty(item, COMPANY, input),
});
