import type { INodeProperties } from 'n8n-workflow';

import * as identify from './identify';
import * as track from './track';

export { identify, track };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['trackingEvent'] } },
		options: [
			{ name: 'Identify and Track', value: 'identify', action: 'Identify a customer and track an event', description: 'Record an event for a customer found by external ID, email or phone' },
			{ name: 'Track', value: 'track', action: 'Track an event', description: 'Record an event for a tracked visitor or session' },
		],
		default: 'identify',
	},
	...identify.description,
	...track.description,
];
