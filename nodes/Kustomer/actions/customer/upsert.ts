import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { describeOperation, simplifyField } from '../../../shared/descriptions';
import { idSegment } from '../../../shared/ids';
import { emailSchema, parseWith } from '../../../shared/validate';
import { customAttributesField } from '../../custom';
import { outputOptions } from '../../descriptions';
import { emit } from '../../output';
import { dataOf, kustomerRequest } from '../../transport';
import { param } from '../../params';
import { sendRecord } from '../common';
import { customerBody, customerFields } from './fields';

const properties: INodeProperties[] = [
	{
		displayName: 'Match By',
		name: 'matchBy',
		type: 'options',
		noDataExpression: true,
		default: 'email',
		options: [
			{ name: 'Email', value: 'email', description: 'Update the customer with this email address, or create one' },
			{ name: 'External ID', value: 'externalId', description: 'Update the customer with this external ID, or create one' },
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

export const description = describeOperation('customer', 'upsert', properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const node = this.getNode();
	const matchBy = param(this, 'matchBy', itemIndex, 'email') === 'externalId' ? 'externalId' : 'email';
	const raw = param(this, 'matchValue', itemIndex, '').trim();
	const value = matchBy === 'email' ? parseWith(node, emailSchema, raw, 'Value to Match', itemIndex) : raw;
	const segment = idSegment(node, value, 'Value to Match', itemIndex);
	const body = await customerBody(this, itemIndex, 'additionalFields');
	const emails = body.emails as Array<{ email: string }> | undefined;
	const found = await kustomerRequest.call(this, 'GET', `/v1/customers/${matchBy}=${segment}`, { itemIndex, acceptStatuses: [404] });
	// Whatever the emails sent, the matched address stays on the customer.
	if (matchBy === 'email' && (emails !== undefined || found.statusCode === 404) && !(emails ?? []).some((entry) => entry.email.toLowerCase() === value.toLowerCase())) {
		body.emails = [{ type: 'home', email: value }, ...(emails ?? [])];
	}
	if (found.statusCode === 404) {
		if (matchBy === 'externalId') body.externalId = value;
		return emit(this, itemIndex, 'customer', await sendRecord(this, itemIndex, 'POST', '/v1/customers', body));
	}
	const id = idSegment(node, dataOf(found.body).id, 'Customer', itemIndex);
	if (Object.keys(body).length === 0) return emit(this, itemIndex, 'customer', dataOf(found.body));
	return emit(this, itemIndex, 'customer', await sendRecord(this, itemIndex, 'PATCH', `/v1/customers/${id}`, body));
}
