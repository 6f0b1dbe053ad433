import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { describeOperation } from '../../../shared/descriptions';
import { companyLocator, outputOptions } from '../../descriptions';
import { getAndEmit } from '../common';
import { companyPath } from './fields';

const properties: INodeProperties[] = [companyLocator(), outputOptions()];

export const description = describeOperation('company', 'get', properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	return await getAndEmit(this, itemIndex, companyPath(this, itemIndex), 'record');
}
