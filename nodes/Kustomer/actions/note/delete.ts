import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { describeOperation } from '../../../shared/descriptions';
import { done } from '../../output';
import { kustomerRequest } from '../../transport';
import { idParam } from '../common';
import { noteId } from './fields';

const properties: INodeProperties[] = [noteId];

export const description = describeOperation('note', 'delete', properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const id = idParam(this, 'noteId', 'Note ID', itemIndex);
	await kustomerRequest.call(this, 'DELETE', `/v1/notes/${id}`, { itemIndex });
	return done(itemIndex, { id: decodeURIComponent(id), deleted: true });
}
