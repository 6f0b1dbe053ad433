import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { describeOperation } from '../../../shared/descriptions';
import { conversationLocator, outputOptions } from '../../descriptions';
import { getAndEmit, idParam } from '../common';

const properties: INodeProperties[] = [conversationLocator(), outputOptions()];

export const description = describeOperation('conversation', 'getTimes', properties);

/** SLA timings (first response, handle time...): GET /v1/conversations/{id}/times. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	return await getAndEmit(this, itemIndex, `/v1/conversations/${idParam(this, 'conversationId', 'Conversation', itemIndex)}/times`, 'record');
}
