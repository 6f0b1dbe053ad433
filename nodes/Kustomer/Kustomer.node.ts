import { NodeConnectionTypes } from 'n8n-workflow';
import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';

import { defineActionNode } from '../shared/kit';
import { auditLog } from './actions/auditLog';
import { bulk } from './actions/bulk';
import { company } from './actions/company';
import { conversation } from './actions/conversation';
import { customObject } from './actions/customObject';
import { customer } from './actions/customer';
import { draft } from './actions/draft';
import { forward } from './actions/forward';
import { klass } from './actions/klass';
import { message } from './actions/message';
import { note } from './actions/note';
import { satisfaction } from './actions/satisfaction';
import { tag } from './actions/tag';
import { team } from './actions/team';
import { trackingEvent } from './actions/trackingEvent';
import { user } from './actions/user';
import {
	searchCompanies,
	searchConversations,
	searchCustomers,
	searchTeams,
	searchUsers,
} from './methods/listSearch';
import {
	getBrands,
	getCustomAttributes,
	getKlasses,
	getQueues,
	getTags,
} from './methods/loadOptions';

/** Every resource of the node; the kit lists them alphabetically in the Resource dropdown. */
export const kustomer = defineActionNode(
	[
		auditLog,
		bulk,
		company,
		conversation,
		customObject,
		customer,
		draft,
		forward,
		klass,
		message,
		note,
		satisfaction,
		tag,
		team,
		trackingEvent,
		user,
	],
	'customer',
);

export class Kustomer implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Kustomer',
		name: 'kustomer',
		icon: { light: 'file:../../icons/kustomer.svg', dark: 'file:../../icons/kustomer.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description:
			'Read and write Kustomer customers, conversations, messages, drafts, forwards, notes, ' +
			'custom objects, companies, users, teams and tags; read audit logs and CSAT surveys',
		defaults: { name: 'Kustomer' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'kustomerApi', required: true }],
		properties: kustomer.properties,
	};

	methods = {
		listSearch: {
			searchCompanies,
			searchConversations,
			searchCustomers,
			searchTeams,
			searchUsers,
		},
		loadOptions: { getBrands, getCustomAttributes, getKlasses, getQueues, getTags },
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await kustomer.execute.call(this);
	}
}
