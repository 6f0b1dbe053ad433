import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { describeOperation } from '../../../shared/descriptions';
import { inputError } from '../../../shared/errors';
import type { OperationModule } from '../../../shared/router';
import { toItems } from '../../../shared/router';
import { entityKindOptions, resourceProperties } from '../../descriptions';
import { nutshellRequest, recordsOf } from '../../transport';

const ENTITIES: Record<string, string> = { company: 'accounts', lead: 'leads', person: 'contacts' };

const getMany: OperationModule = {
	description: describeOperation('customField', 'getMany', [
		{
			displayName: 'Entity',
			name: 'entity',
			type: 'options',
			default: 'lead',
			options: entityKindOptions({ company: 'company', lead: 'lead', person: 'person' }),
			description: 'Whose custom field definitions to list',
		},
	]),
	async execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
		const entity = String(this.getNodeParameter('entity', itemIndex, 'lead'));
		const plural = ENTITIES[entity];
		if (!plural)
			throw inputError(
				this.getNode(),
				'Entity',
				`"${entity}" is not company, lead or person`,
				itemIndex,
			);
		const response = await nutshellRequest({ n8n: this, index: itemIndex }, 'GET', `/${plural}/customfields/attributes`, {
			itemIndex,
		});
		// Accounts answer {customFields: [...]}, leads and contacts a bare array.
		return toItems(recordsOf(response.body, 'customFields'), itemIndex);
	},
};

export const operations: Record<string, OperationModule> = { getMany };

export const description: INodeProperties[] = resourceProperties(
	'customField',
	[
		{
			name: 'Get Many',
			value: 'getMany',
			action: 'Get many custom fields',
			description: 'List the custom field definitions of leads, people or companies',
		},
	],
	'getMany',
	operations,
);
