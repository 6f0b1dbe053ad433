import type { INodeProperties } from 'n8n-workflow';

import { simplifyField } from '../../../shared/descriptions';
import { inputError } from '../../../shared/errors';
import { toItems } from '../../../shared/router';
import { customerIdParam, customerLocator, fieldsCollection, operation } from '../../descriptions';
import { outputCustomer } from '../../simplify';
import { gladlyRequest } from '../../transport';
import { REPLACE_NOTE, profileBody, profileFields } from './fields';
import { fetchCustomer } from './fetch';

const properties: INodeProperties[] = [
	customerLocator(),
	fieldsCollection(profileFields(REPLACE_NOTE)),
	simplifyField,
];

export const update = operation('customer', 'update', properties, async function (itemIndex) {
	const id = await customerIdParam(this, itemIndex);
	const body = profileBody(this, 'updateFields', itemIndex);
	if (!Object.keys(body).length) throw inputError(this.getNode(), 'Update Fields', 'is empty: add at least one field to change', itemIndex);
	await gladlyRequest.call(this, 'PATCH', `/customer-profiles/${id}`, { body, itemIndex, idempotent: true });
	const profile = await fetchCustomer(this, id, itemIndex);
	return toItems(outputCustomer(profile, this.getNodeParameter('simple', itemIndex, true) as boolean), itemIndex);
});
