import { defineOperation } from '../../../shared/kit';
import { filtersCollection } from '../../descriptions';
import { compact, listFields, readList, runList } from '../common';

/** Users (agents, machine users, collaborators); Kustomer applies one filter at a time. */
export const getMany = defineOperation('getMany', {
	name: 'Get Many',
	action: 'Get many users',
	description: 'Retrieve many users',
	fields: listFields({
		fields: [
			filtersCollection([
				{
					displayName: 'Email',
					name: 'email',
					type: 'string',
					default: '',
					placeholder: 'e.g. ada@acme.example',
				},
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
			]),
		],
	}),
	input: (item) => {
		const qs = compact(item.collection('filters'));
		return readList(item, { path: '/v1/users', kind: 'record', qs, pageSize: 500 });
	},
	run: runList,
});
