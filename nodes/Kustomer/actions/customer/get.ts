import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { describeOperation, simplifyField } from '../../../shared/descriptions';
import { idSegment } from '../../../shared/ids';
import { customerLocator, outputOptions } from '../../descriptions';
import { param } from '../../params';
import { getAndEmit, idParam } from '../common';

const LOOKUPS: Record<string, { label: string; key: string }> = {
	email: { label: 'Email', key: 'email' },
	externalId: { label: 'External ID', key: 'externalId' },
	phone: { label: 'Phone', key: 'phone' },
};

const properties: INodeProperties[] = [
	{
		displayName: 'Get By',
		name: 'by',
		type: 'options',
		noDataExpression: true,
		default: 'id',
		options: [
			{ name: 'Email', value: 'email', description: 'The customer with this email address' },
			{ name: 'External ID', value: 'externalId', description: 'The customer with this ID from your own system' },
			{ name: 'ID', value: 'id', description: 'A customer picked from the list, by URL or by ID' },
			{ name: 'Phone', value: 'phone', description: 'The customer with this phone number' },
		],
	},
	customerLocator({ displayOptions: { show: { by: ['id'] } } }),
	{
		displayName: 'Value',
		name: 'value',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. jane@example.com',
		description: 'Email address, phone number or external ID to look up',
		displayOptions: { show: { by: ['email', 'externalId', 'phone'] } },
	},
	simplifyField,
	outputOptions(),
];

export const description = describeOperation('customer', 'get', properties);

/** The path of a customer lookup: `/v1/customers/{id}` or `/v1/customers/email=…`. */
export function customerPath(context: IExecuteFunctions, itemIndex: number, by: string): string {
	const lookup = LOOKUPS[by];
	if (!lookup) return `/v1/customers/${idParam(context, 'customerId', 'Customer', itemIndex)}`;
	const value = idSegment(context.getNode(), param(context, 'value', itemIndex, ''), lookup.label, itemIndex);
	return `/v1/customers/${lookup.key}=${value}`;
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const by = param(this, 'by', itemIndex, 'id');
	return await getAndEmit(this, itemIndex, customerPath(this, itemIndex, by), 'customer');
}
