import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { describeOperation } from '../../../shared/descriptions';
import { outputOptions } from '../../descriptions';
import { getAndEmit } from '../common';
import { noteId, notePath } from './fields';

const properties: INodeProperties[] = [noteId, outputOptions()];

export const description = describeOperation('note', 'get', properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	return await getAndEmit(this, itemIndex, notePath(this, itemIndex), 'record');
}
