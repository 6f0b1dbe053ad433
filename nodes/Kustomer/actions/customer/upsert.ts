import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { simplifyField } from '../../../shared/descriptions';
import { RecordId } from '../../../shared/ids';
import { defineOperation } from '../../../shared/kit';
import { emailSchema, parseWith } from '../../../shared/validate';
import { customAttributesField } from '../../custom';
import { outputOptions } from '../../descriptions';
import { shapeOf } from '../../output';
import { dataOf, kustomerRequest } from '../../transport';
import { sendRecord } from '../common';
import { customerBody, customerFields } from './fields';

const fields: INodeProperties[] = [
	{
		displayName: 'Match By',
		name: 'matchBy',
		type: 'options',
		noDataExpression: true,
		default: 'email',
		options: [
			{
				name: 'Email',
				value: 'email',
				description: 'Update the customer with this email address, or create one',
			},
			{
				name: 'External ID',
				value: 'externalId',
				description: 'Update the customer with this external ID, or create one',
			},
		],
	},
	{
		displayName: 'Value to Match',
		name: 'matchValue',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. jane@example.com',
		description: 'The email address or external ID that identifies the customer',
	},
	customerFields('additionalFields'),
	customAttributesField(),
	simplifyField,
	outputOptions(),
];

export const upsert = defineOperation('upsert', {
	name: 'Create or Update',
	action: 'Create or update a customer',
	description: 'Create a new record, or update the current one if it already exists (upsert)',
	fields,
	input: async (item) => {
		const by = item.string('matchBy', 'Match By', { fallback: 'email' });
		const matchBy = by === 'externalId' ? 'externalId' : 'email';
		const raw = item.string('matchValue', 'Value to Match');
		const value =
			matchBy === 'email'
				? parseWith(item.node, emailSchema, raw, 'Value to Match', item.index)
				: raw;
		const match = RecordId.of(item.node, value, 'Value to Match', item.index);
		const body = await customerBody(item, 'additionalFields');
		return { matchBy, match, body, shape: shapeOf(item, 'customer') };
	},
	run: async (item, { matchBy, match, body: fields, shape }) => {
		const body: IDataObject = { ...fields };
		const value = match.raw;
		const emails = body.emails as Array<{ email: string }> | undefined;
		const path = `/v1/customers/${matchBy}=${match.path}`;
		const found = await kustomerRequest(item, 'GET', path, { acceptStatuses: [404] });
		// Whatever the emails sent, the matched address stays on the customer.
		const kept = (emails ?? []).some((entry) => entry.email.toLowerCase() === value.toLowerCase());
		if (matchBy === 'email' && (emails !== undefined || found.statusCode === 404) && !kept) {
			body.emails = [{ type: 'home', email: value }, ...(emails ?? [])];
		}
		if (found.statusCode === 404) {
			if (matchBy === 'externalId') body.externalId = value;
			return shape(await sendRecord(item, 'POST', '/v1/customers', body));
		}
		const id = RecordId.of(item.node, dataOf(found.body).id, 'Customer', item.index);
		if (Object.keys(body).length === 0) return shape(dataOf(found.body));
		return shape(await sendRecord(item, 'PATCH', `/v1/customers/${id.path}`, body));
	},
});
