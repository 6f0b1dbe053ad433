import { defineOperation } from '../../../shared/kit';
import { emailSchema, parseWith } from '../../../shared/validate';
import { kustomerRequest } from '../../transport';
import { compact } from '../common';
import { eventName, meta, readMeta, requiredName } from './fields';

/**
 * POST /v1/tracking/identityEvent: identifies the customer (external ID, email...) and records the
 * event.
 */
export const identify = defineOperation('identify', {
	name: 'Identify and Track',
	action: 'Identify a customer and track an event',
	description: 'Record an event for a customer found by external ID, email or phone',
	fields: [
		eventName,
		{
			displayName: 'Identity',
			name: 'identity',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			description: 'Who did it: Kustomer finds or creates the customer from these',
			options: [
				{
					displayName: 'Email',
					name: 'email',
					type: 'string',
					default: '',
					placeholder: 'e.g. jane@example.com',
				},
				{ displayName: 'External ID', name: 'externalId', type: 'string', default: '' },
				{ displayName: 'Name', name: 'name', type: 'string', default: '' },
				{
					displayName: 'Phone',
					name: 'phone',
					type: 'string',
					default: '',
					placeholder: 'e.g. +14155550100',
				},
			],
		},
		meta,
	],
	input: (item) => {
		const name = requiredName(item);
		const identity = compact(item.collection('identity'));
		if (!identity.externalId && !identity.email && !identity.phone) {
			throw item.fail('Identity', 'needs an External ID, Email or Phone to find the customer');
		}
		if (identity.email) {
			const email = String(identity.email);
			identity.email = parseWith(item.node, emailSchema, email, 'Identity › Email', item.index);
		}
		return { identity, event: compact({ name, meta: readMeta(item) }) };
	},
	run: async (item, body) => {
		await kustomerRequest(item, 'POST', '/v1/tracking/identityEvent', { body });
		return { success: true, ...body };
	},
});
