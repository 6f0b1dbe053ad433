import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { describeOperation } from '../../../shared/descriptions';
import { inputError } from '../../../shared/errors';
import { customAttributesField } from '../../custom';
import { klassField, outputOptions } from '../../descriptions';
import { emit } from '../../output';
import { param } from '../../params';
import { sendRecord } from '../common';
import { klassPath, objectBody, objectFields } from './fields';

const properties: INodeProperties[] = [
	klassField,
	{ displayName: 'Title', name: 'title', type: 'string', required: true, default: '', placeholder: 'e.g. Order #4417' },
	objectFields('additionalFields'),
	customAttributesField(),
	outputOptions(),
];

export const description = describeOperation('customObject', 'create', properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const path = klassPath(this, itemIndex);
	const title = param(this, 'title', itemIndex, '').trim();
	if (!title) throw inputError(this.getNode(), 'Title', 'is empty', itemIndex);
	const body = { title, ...(await objectBody(this, itemIndex, 'additionalFields')) };
	return emit(this, itemIndex, 'record', await sendRecord(this, itemIndex, 'POST', path, body));
}
