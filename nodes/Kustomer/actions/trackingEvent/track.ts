import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { describeOperation } from '../../../shared/descriptions';
import { toItems } from '../../../shared/router';
import { compact } from '../../descriptions';
import { param } from '../../params';
import { kustomerRequest } from '../../transport';
import { eventName, meta, readMeta, requiredName } from './fields';

/** POST /v1/tracking/event: an event for a tracked visitor (tracking or session id). Needs the org.tracking role. */
export const description = describeOperation('trackingEvent', 'track', [
	eventName,
	{ displayName: 'Tracking ID', name: 'trackingId', type: 'string', default: '', description: 'Tracking ID of the visitor (from the Kustomer chat SDK)' },
	{ displayName: 'Session ID', name: 'sessionId', type: 'string', default: '' },
	meta,
]);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const body = compact({ name: requiredName(this, itemIndex), trackingId: param(this, 'trackingId', itemIndex, ''), sessionId: param(this, 'sessionId', itemIndex, ''), meta: readMeta(this, itemIndex) });
	await kustomerRequest.call(this, 'POST', '/v1/tracking/event', { body, itemIndex });
	return toItems({ success: true, ...body }, itemIndex);
}
