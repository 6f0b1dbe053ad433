import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { describeOperation } from '../../../shared/descriptions';
import { customAttributesField } from '../../custom';
import { companyLocator, outputOptions } from '../../descriptions';
import { emit } from '../../output';
import { requireChanges, sendRecord } from '../common';
import { companyBody, companyFields, companyPath } from './fields';

const properties: INodeProperties[] = [companyLocator(), companyFields('updateFields'), customAttributesField(), outputOptions()];

export const description = describeOperation('company', 'update', properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const path = companyPath(this, itemIndex);
	const body = requireChanges(this, await companyBody(this, itemIndex, 'updateFields'), 'Update Fields', itemIndex);
	return emit(this, itemIndex, 'record', await sendRecord(this, itemIndex, 'PUT', path, body));
}
