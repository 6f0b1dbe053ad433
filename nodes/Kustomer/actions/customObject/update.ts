import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { describeOperation } from '../../../shared/descriptions';
import { customAttributesField } from '../../custom';
import { klassField, outputOptions } from '../../descriptions';
import { emit } from '../../output';
import { idParam, requireChanges, sendRecord } from '../common';
import { klassPath, objectBody, objectFields, objectId } from './fields';

const properties: INodeProperties[] = [klassField, objectId, objectFields('updateFields'), customAttributesField(), outputOptions()];

export const description = describeOperation('customObject', 'update', properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const path = `${klassPath(this, itemIndex)}/${idParam(this, 'objectId', 'Custom Object ID', itemIndex)}`;
	const body = requireChanges(this, await objectBody(this, itemIndex, 'updateFields'), 'Update Fields', itemIndex);
	return emit(this, itemIndex, 'record', await sendRecord(this, itemIndex, 'PUT', path, body));
}
