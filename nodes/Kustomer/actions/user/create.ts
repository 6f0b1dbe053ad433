import { defineOperation } from '../../../shared/kit';
import { emailSchema } from '../../../shared/validate';
import { outputOptions } from '../../descriptions';
import { shapeOf } from '../../output';
import { sendRecord } from '../common';
import { userBody, userFields } from './fields';

/** Invites a user: POST /v1/users (needs the org.admin.user role). */
export const create = defineOperation('create', {
	name: 'Create',
	action: 'Invite a user',
	description:
		'Invite a new user (agent) by email; Kustomer sends the invitation. Needs an API key with the org.admin.user role.',
	fields: [
		{ displayName: 'Name', name: 'name', type: 'string', required: true, default: '' },
		{
			displayName: 'Email',
			name: 'email',
			type: 'string',
			placeholder: 'e.g. ada@acme.example',
			required: true,
			default: '',
		},
		userFields('additionalFields'),
		outputOptions(),
	],
	input: (item) => {
		const name = item.string('name', 'Name', { required: true });
		const email = item.parse('email', 'Email', emailSchema);
		const body = { name, email, ...userBody(item, 'additionalFields') };
		return { body, shape: shapeOf(item, 'record') };
	},
	run: async (item, { body, shape }) => shape(await sendRecord(item, 'POST', '/v1/users', body)),
});
