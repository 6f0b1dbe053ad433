import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { describeOperation } from '../../../shared/descriptions';
import { inputError } from '../../../shared/errors';
import { toItems } from '../../../shared/router';
import { emailSchema, parseWith } from '../../../shared/validate';
import { compact } from '../../descriptions';
import { collection } from '../../params';
import { kustomerRequest } from '../../transport';
import { eventName, meta, readMeta, requiredName } from './fields';

/** POST /v1/tracking/identityEvent: identifies the customer (external ID, email...) and records the event. */
export const description = describeOperation('trackingEvent', 'identify', [
	eventName,
	{
		displayName: 'Identity',
		name: 'identity',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		description: 'Who did it: Kustomer finds or creates the customer from these',
		options: [
			{ displayName: 'Email', name: 'email', type: 'string', default: '', placeholder: 'e.g. jane@example.com' },
			{ displayName: 'External ID', name: 'externalId', type: 'string', default: '' },
			{ displayName: 'Name', name: 'name', type: 'string', default: '' },
			{ displayName: 'Phone', name: 'phone', type: 'string', default: '', placeholder: 'e.g. +14155550100' },
		],
	},
	meta,
]);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const node = this.getNode();
	const name = requiredName(this, itemIndex);
	const identity = compact(collection(this, 'identity', itemIndex));
	if (!identity.externalId && !identity.email && !identity.phone) {
		throw inputError(node, 'Identity', 'needs an External ID, Email or Phone to find the customer', itemIndex);
	}
	if (identity.email) identity.email = parseWith(node, emailSchema, String(identity.email), 'Identity › Email', itemIndex);
	const body = { identity, event: compact({ name, meta: readMeta(this, itemIndex) }) };
	await kustomerRequest.call(this, 'POST', '/v1/tracking/identityEvent', { body, itemIndex });
	return toItems({ success: true, ...body }, itemIndex);
}
