import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { describeOperation } from '../../../shared/descriptions';
import { customerLocator, outputOptions } from '../../descriptions';
import { emit } from '../../output';
import { param } from '../../params';
import { idParam, sendRecord } from '../common';
import { channelField, draftBody, draftFields } from './fields';

const properties: INodeProperties[] = [
	customerLocator({ description: 'The customer the reply goes to' }),
	channelField('Channel Kustomer sends the reply through'),
	{ displayName: 'Body', name: 'body', type: 'string', typeOptions: { rows: 4 }, required: true, default: '', description: 'Text of the reply' },
	draftFields('additionalFields'),
	outputOptions(),
];

export const description = describeOperation('draft', 'create', properties);

/** A reply to a customer; with Send At, Kustomer sends it through its channel (UNCONFIRMED beyond the reference). */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const customer = idParam(this, 'customerId', 'Customer', itemIndex);
	const channel = param(this, 'channel', itemIndex, 'email');
	const body = { channel, body: param(this, 'body', itemIndex, ''), ...draftBody(this, itemIndex, 'additionalFields', channel) };
	return emit(this, itemIndex, 'record', await sendRecord(this, itemIndex, 'POST', `/v1/customers/${customer}/drafts`, body));
}
