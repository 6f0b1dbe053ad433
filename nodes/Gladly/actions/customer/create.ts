import type { INodeProperties } from 'n8n-workflow';

import { simplifyField } from '../../../shared/descriptions';
import { toItems } from '../../../shared/router';
import { fieldsCollection, operation } from '../../descriptions';
import { outputCustomer } from '../../simplify';
import { createWithId } from '../../transport';
import { profileBody, profileFields } from './fields';
import { fetchCustomer } from './fetch';

const properties: INodeProperties[] = [
	fieldsCollection(([
			...profileFields(),
			{
				displayName: 'Customer ID',
				name: 'id',
				type: 'string',
				default: '',
				description: 'Your own ID for the new profile (URL safe, under 50 characters). Leave empty to let the node generate one.',
			},
		] as INodeProperties[]).sort((a, b) => a.displayName.localeCompare(b.displayName)), 'additionalFields'),
	simplifyField,
];

export const create = operation('customer', 'create', properties, async function (itemIndex) {
	const body = profileBody(this, 'additionalFields', itemIndex);
	const { id } = this.getNodeParameter('additionalFields', itemIndex, {}) as { id?: unknown };
	if (typeof id === 'string' && id.trim()) body.id = id.trim();
	const created = await createWithId.call(this, '/customer-profiles', body, itemIndex);
	const profile = await fetchCustomer(this, encodeURIComponent(created.id), itemIndex);
	return toItems(outputCustomer(profile, this.getNodeParameter('simple', itemIndex, true) as boolean), itemIndex);
});
