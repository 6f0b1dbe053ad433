import { defineOperation } from '../../../shared/kit';
import { kustomerRequest } from '../../transport';
import { compact } from '../common';
import { eventName, meta, readMeta, requiredName } from './fields';

/**
 * POST /v1/tracking/event: an event for a tracked visitor (tracking or session id). Needs the
 * org.tracking role.
 */
export const track = defineOperation('track', {
	name: 'Track',
	action: 'Track an event',
	description: 'Record an event for a tracked visitor or session',
	fields: [
		eventName,
		{
			displayName: 'Tracking ID',
			name: 'trackingId',
			type: 'string',
			default: '',
			description: 'Tracking ID of the visitor (from the Kustomer chat SDK)',
		},
		{ displayName: 'Session ID', name: 'sessionId', type: 'string', default: '' },
		meta,
	],
	input: (item) =>
		compact({
			name: requiredName(item),
			trackingId: item.string('trackingId', 'Tracking ID'),
			sessionId: item.string('sessionId', 'Session ID'),
			meta: readMeta(item),
		}),
	run: async (item, body) => {
		await kustomerRequest(item, 'POST', '/v1/tracking/event', { body });
		return { success: true, ...body };
	},
});
