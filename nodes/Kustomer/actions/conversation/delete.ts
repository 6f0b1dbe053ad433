import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { describeOperation } from '../../../shared/descriptions';
import { conversationLocator } from '../../descriptions';
import { done } from '../../output';
import { kustomerRequest } from '../../transport';
import { idParam } from '../common';

const properties: INodeProperties[] = [conversationLocator()];

export const description = describeOperation('conversation', 'delete', properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const id = idParam(this, 'conversationId', 'Conversation', itemIndex);
	await kustomerRequest.call(this, 'DELETE', `/v1/conversations/${id}`, { itemIndex });
	return done(itemIndex, { id: decodeURIComponent(id), deleted: true });
}
