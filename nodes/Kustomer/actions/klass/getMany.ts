import { param } from '../../params';
import { listOperation } from '../common';

/** Klasses (custom object types) by status: GET /v1/klasses. */
export const { description, execute } = listOperation({
	resource: 'klass',
	operation: 'getMany',
	fields: [
		{
			displayName: 'Status',
			name: 'status',
			type: 'options',
			default: 'enabled',
			options: [
				{ name: 'All', value: 'existing_only' },
				{ name: 'Disabled', value: 'disabled' },
				{ name: 'Enabled', value: 'enabled' },
			],
		},
	],
	build: (context, itemIndex) => ({ path: '/v1/klasses', kind: 'record', qs: { status: param(context, 'status', itemIndex, 'enabled') } }),
});
