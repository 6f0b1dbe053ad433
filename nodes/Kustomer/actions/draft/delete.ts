import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { describeOperation } from '../../../shared/descriptions';
import { done } from '../../output';
import { kustomerRequest } from '../../transport';
import { idParam } from '../common';
import { draftId } from './fields';

const properties: INodeProperties[] = [draftId];

export const description = describeOperation('draft', 'delete', properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const id = idParam(this, 'draftId', 'Draft ID', itemIndex);
	await kustomerRequest.call(this, 'DELETE', `/v1/drafts/${id}`, { itemIndex });
	return done(itemIndex, { id: decodeURIComponent(id), deleted: true });
}
