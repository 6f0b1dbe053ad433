import { defineOperation } from '../../../shared/kit';
import { emailSchema } from '../../../shared/validate';
import { emailField } from '../../descriptions';
import { checkCustomFields, readCustomFieldEntries } from '../../helpers';
import { MATCH_PAGE, PERSON, partyRecord, partyUpsertFields, upsertParty } from '../../party';
import { firstPage } from '../../transport';

/**
 * Create or Update by email: looks the person up first and updates them, creating only when nobody
 * has the email. Nutshell has no idempotency key, so this is the safe way to re-run a create.
 */
export const upsert = defineOperation('upsert', {
	name: 'Create or Update',
	action: 'Create or update a person',
	description: 'Create a new record, or update the current one if it already exists (upsert)',
	fields: [
		emailField(
			'Email address that identifies the person: the person with it is updated, or a new ' +
				'person is created with it',
		),
		{
			displayName: 'Name',
			name: 'name',
			type: 'string',
			default: '',
			placeholder: 'e.g. Ana Lima',
			description: 'Full name; required to create, optional to update',
		},
		...partyUpsertFields(PERSON),
	],
	input: (item) => {
		const name = item.string('name', 'Name');
		const email = item.parse('email', 'Email', emailSchema);
		const additional = item.collection('additionalFields');
		const fields = { ...additional, emails: [email, additional.emails].filter(Boolean).join(',') };
		// Everything is checked before the first request.
		const record = partyRecord(item, PERSON, name || email, fields);
		return { email, name, fields, record, customFields: readCustomFieldEntries(item) };
	},
	run: async (item, input) => {
		const customFields = await checkCustomFields(item, PERSON.plural, input.customFields);
		const query = { email: input.email };
		const matches = await firstPage(item, '/contacts', 'contacts', query, MATCH_PAGE);
		return await upsertParty(item, PERSON, input, customFields, matches);
	},
});
