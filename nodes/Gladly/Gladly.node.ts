import { NodeConnectionTypes } from 'n8n-workflow';
import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';

import { resources } from './actions/resources';
import { router } from './actions/router';
import { searchCustomers } from './methods/listSearch';
import { getAgents, getAudiences, getInboxes, getTeams, getTopics } from './methods/loadOptions';

export class Gladly implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Gladly',
		name: 'gladly',
		icon: { light: 'file:../../icons/gladly.svg', dark: 'file:../../icons/gladly.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Work with Gladly customers, conversations, messages, tasks, answers, reports, exports and webhooks, and answer Gladly lookups',
		defaults: { name: 'Gladly' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'gladlyApi', required: true, displayOptions: { hide: { resource: ['lookup'] } } }],
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: resources.map(({ name, value, description }) => ({ name, value, description })),
				default: 'customer',
			},
			...resources.flatMap((resource) => resource.module.description),
		],
	};

	methods = {
		listSearch: { searchCustomers },
		loadOptions: { getAgents, getAudiences, getInboxes, getTeams, getTopics },
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
