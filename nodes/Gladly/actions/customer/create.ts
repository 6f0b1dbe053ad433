import type { INodeProperties } from 'n8n-workflow';

import { simplifyField } from '../../../shared/descriptions';
import { defineOperation } from '../../../shared/kit';
import { fieldsCollection } from '../../fields';
import { outputCustomer } from '../../simplify';
import { createWithId } from '../../transport';
import { fetchCustomer, profileBody, profileFields } from './profile';

const ownId: INodeProperties = {
	displayName: 'Customer ID',
	name: 'id',
	type: 'string',
	default: '',
	description:
		'Your own ID for the new profile (URL safe, under 50 characters). Leave empty to let the ' +
		'node generate one.',
};

export const create = defineOperation('create', {
	name: 'Create',
	action: 'Create a customer',
	description: 'Create a customer profile with emails, phones, address and custom attributes',
	fields: [
		fieldsCollection(
			[...profileFields(), ownId].sort((a, b) => a.displayName.localeCompare(b.displayName)),
			'additionalFields',
		),
		simplifyField,
	],
	input: (item) => {
		const body = profileBody(item, 'additionalFields');
		const { id } = item.collection('additionalFields');
		if (typeof id === 'string' && id.trim()) body.id = id.trim();
		return { body, simple: item.boolean('simple', true) };
	},
	run: async (item, { body, simple }) => {
		const created = await createWithId(item, '/customer-profiles', body);
		return outputCustomer(await fetchCustomer(item, created.id), simple);
	},
});
