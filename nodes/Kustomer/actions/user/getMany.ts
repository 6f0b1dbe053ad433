import { compact } from '../../descriptions';
import { collection } from '../../params';
import { listOperation } from '../common';

/** Users (agents, machine users, collaborators); Kustomer applies one filter at a time. */
export const { description, execute } = listOperation({
	resource: 'user',
	operation: 'getMany',
	maxPageSize: 500,
	fields: [
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{ displayName: 'Email', name: 'email', type: 'string', default: '', placeholder: 'e.g. ada@acme.example' },
				{
					displayName: 'User Type',
					name: 'userType',
					type: 'options',
					default: 'user',
					options: [
						{ name: 'Collaborator', value: 'limited' },
						{ name: 'Machine (API Key)', value: 'machine' },
						{ name: 'User', value: 'user' },
					],
				},
			],
		},
	],
	build: (context, itemIndex) => ({ path: '/v1/users', kind: 'record', qs: compact(collection(context, 'filters', itemIndex)) }),
});
