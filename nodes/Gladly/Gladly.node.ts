import { NodeConnectionTypes } from 'n8n-workflow';
import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';

import { defineActionNode } from '../shared/kit';
import { agent } from './actions/agent';
import { answer } from './actions/answer';
import { audience } from './actions/audience';
import { businessHours } from './actions/businessHours';
import { campaign } from './actions/campaign';
import { communication } from './actions/communication';
import { conversation } from './actions/conversation';
import { conversationItem } from './actions/conversationItem';
import { customChannel } from './actions/customChannel';
import { customer } from './actions/customer';
import { event } from './actions/event';
import { exportJobs } from './actions/export';
import { inbox } from './actions/inbox';
import { lookup } from './actions/lookup';
import { messageAutomation } from './actions/messageAutomation';
import { organization } from './actions/organization';
import { report } from './actions/report';
import { task } from './actions/task';
import { team } from './actions/team';
import { topic } from './actions/topic';
import { userIdentity } from './actions/userIdentity';
import { webhook } from './actions/webhook';
import { searchCustomers } from './methods/listSearch';
import { getAgents, getAudiences, getInboxes, getTeams, getTopics } from './methods/loadOptions';

/** Every resource of the node; the kit lists them alphabetically in the Resource dropdown. */
export const gladly = defineActionNode(
	[
		agent,
		answer,
		audience,
		businessHours,
		campaign,
		communication,
		conversation,
		conversationItem,
		customChannel,
		customer,
		event,
		exportJobs,
		inbox,
		lookup,
		messageAutomation,
		organization,
		report,
		task,
		team,
		topic,
		userIdentity,
		webhook,
	],
	'customer',
);

export class Gladly implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Gladly',
		name: 'gladly',
		icon: { light: 'file:../../icons/gladly.svg', dark: 'file:../../icons/gladly.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description:
			'Work with Gladly customers, conversations, messages, tasks, answers, reports, exports, ' +
			'webhooks, proactive campaigns, custom channels and chat bots, and answer Gladly lookups',
		defaults: { name: 'Gladly' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [
			{ name: 'gladlyApi', required: true, displayOptions: { hide: { resource: ['lookup'] } } },
		],
		properties: gladly.properties,
	};

	methods = {
		listSearch: { searchCustomers },
		loadOptions: { getAgents, getAudiences, getInboxes, getTeams, getTopics },
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await gladly.execute.call(this);
	}
}
