import { NodeConnectionTypes } from 'n8n-workflow';
import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';

import { resources } from './actions/resources';
import { router } from './actions/router';
import * as listSearch from './methods/listSearch';
import * as loadOptions from './methods/loadOptions';

export class Nutshell implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Nutshell',
		name: 'nutshell',
		icon: { light: 'file:../../icons/nutshell.svg', dark: 'file:../../icons/nutshell.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description:
			'Read and write Nutshell CRM leads, people, companies, activities, tasks, notes and reference data',
		defaults: { name: 'Nutshell' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'nutshellApi', required: true }],
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: resources.map(({ name, value, description }) => ({ name, value, description })),
				default: 'lead',
			},
			...resources.flatMap((resource) => resource.properties),
		],
	};

	methods = { listSearch: { ...listSearch }, loadOptions: { ...loadOptions } };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
