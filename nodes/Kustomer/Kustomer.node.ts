import { NodeConnectionTypes } from 'n8n-workflow';
import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';

import { description as resources, router } from './actions/router';
import { getBrands, getCustomAttributes, getKlasses, getQueues, getTags } from './methods/loadOptions';
import { searchCompanies, searchConversations, searchCustomers, searchTeams, searchUsers } from './methods/listSearch';

export class Kustomer implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Kustomer',
		name: 'kustomer',
		icon: { light: 'file:../../icons/kustomer.svg', dark: 'file:../../icons/kustomer.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Read and write Kustomer customers, conversations, messages, drafts, notes, custom objects, companies, users and teams',
		defaults: { name: 'Kustomer' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'kustomerApi', required: true }],
		properties: resources,
	};

	methods = {
		listSearch: { searchCompanies, searchConversations, searchCustomers, searchTeams, searchUsers },
		loadOptions: { getBrands, getCustomAttributes, getKlasses, getQueues, getTags },
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
