import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { describeOperation } from '../../../shared/descriptions';
import { outputOptions } from '../../descriptions';
import { emit } from '../../output';
import { requireChanges, sendRecord } from '../common';
import { noteBody, noteFields, noteId, notePath } from './fields';

const properties: INodeProperties[] = [noteId, noteFields('updateFields'), outputOptions()];

export const description = describeOperation('note', 'update', properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const path = notePath(this, itemIndex);
	const body = requireChanges(this, noteBody(this, itemIndex, 'updateFields'), 'Update Fields', itemIndex);
	return emit(this, itemIndex, 'record', await sendRecord(this, itemIndex, 'PATCH', path, body));
}
