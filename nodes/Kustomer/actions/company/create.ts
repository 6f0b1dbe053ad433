import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { describeOperation } from '../../../shared/descriptions';
import { inputError } from '../../../shared/errors';
import { customAttributesField } from '../../custom';
import { outputOptions } from '../../descriptions';
import { emit } from '../../output';
import { param } from '../../params';
import { sendRecord } from '../common';
import { companyBody, companyFields } from './fields';

const properties: INodeProperties[] = [
	{ displayName: 'Name', name: 'name', type: 'string', required: true, default: '', placeholder: 'e.g. Acme Inc.' },
	companyFields('additionalFields'),
	customAttributesField(),
	outputOptions(),
];

export const description = describeOperation('company', 'create', properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const name = param(this, 'name', itemIndex, '').trim();
	if (!name) throw inputError(this.getNode(), 'Name', 'is empty', itemIndex);
	const body = { name, ...(await companyBody(this, itemIndex, 'additionalFields')) };
	return emit(this, itemIndex, 'record', await sendRecord(this, itemIndex, 'POST', '/v1/companies', body));
}
