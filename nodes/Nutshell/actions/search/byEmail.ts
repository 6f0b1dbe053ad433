import type { IDataObject } from 'n8n-workflow';

import { defineOperation } from '../../../shared/kit';
import { emailSchema } from '../../../shared/validate';
import { emailField } from '../../descriptions';
import { rpcRequest } from '../../transport';
import { RPC_METHODS } from '../../unconfirmed';

const RPC_KINDS: Array<{ key: string; type: string; entityType: string }> = [
	{ key: 'contacts', type: 'contacts', entityType: 'person' },
	{ key: 'accounts', type: 'accounts', entityType: 'company' },
	{ key: 'users', type: 'users', entityType: 'user' },
];

/**
 * By email across people, companies and users: JSON-RPC `searchByEmail`, since REST has no
 * cross-entity email search (UNCONFIRMED, see unconfirmed.ts). Ids come back as REST ids.
 */
export const byEmail = defineOperation('byEmail', {
	name: 'Find by Email',
	action: 'Find records by email',
	description: 'Find people, companies and users with an email address',
	fields: [emailField('Exact email address to look for')],
	input: (item) => ({ email: item.parse('email', 'Email', emailSchema) }),
	run: async (item, { email }) => {
		const params = { emailAddressString: email };
		const result = ((await rpcRequest(item, RPC_METHODS.searchByEmail, params)) ??
			{}) as IDataObject;
		const results: IDataObject[] = [];
		for (const kind of RPC_KINDS) {
			for (const stub of (result[kind.key] ?? []) as IDataObject[]) {
				results.push({
					entityType: kind.entityType,
					...stub,
					id: `${String(stub.id)}-${kind.type}`,
				});
			}
		}
		return results;
	},
});
