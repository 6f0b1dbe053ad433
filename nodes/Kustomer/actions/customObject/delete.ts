import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { describeOperation } from '../../../shared/descriptions';
import { klassField } from '../../descriptions';
import { done } from '../../output';
import { kustomerRequest } from '../../transport';
import { idParam } from '../common';
import { klassPath, objectId } from './fields';

const properties: INodeProperties[] = [klassField, objectId];

export const description = describeOperation('customObject', 'delete', properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const id = idParam(this, 'objectId', 'Custom Object ID', itemIndex);
	await kustomerRequest.call(this, 'DELETE', `${klassPath(this, itemIndex)}/${id}`, { itemIndex });
	return done(itemIndex, { id: decodeURIComponent(id), deleted: true });
}
