import type { INodeProperties } from 'n8n-workflow';

import type { OperationModule } from '../../shared/router';
import { answer } from './answer';
import { businessHours } from './businessHours';
import * as communication from './communication';
import * as conversation from './conversation';
import * as customer from './customer';
import { agent, audience, inbox, organization, team } from './directory';
import { topic } from './directory/topic';
import { event } from './event';
import { exportResource } from './export';
import * as conversationItem from './item';
import { lookup } from './lookup';
import { report } from './report';
import * as task from './task';
import { webhook } from './webhook';

interface ResourceModule {
	operations: Record<string, OperationModule>;
	description: INodeProperties[];
}

/** Every resource of the node, in the order of the Resource dropdown (alphabetical). */
export const resources: Array<{ name: string; value: string; description: string; module: ResourceModule }> = [
	{ name: 'Agent', value: 'agent', description: 'Agents (users) of the organization', module: agent },
	{ name: 'Answer', value: 'answer', description: 'Knowledge-base answers and their content', module: answer },
	{ name: 'Audience', value: 'audience', description: 'Audiences that answers are shown to', module: audience },
	{ name: 'Business Hour', value: 'businessHours', description: 'Business hours configurations', module: businessHours },
	{ name: 'Communication', value: 'communication', description: 'Outbound SMS and email', module: communication },
	{ name: 'Conversation', value: 'conversation', description: 'Conversations, their topics, notes and timeline', module: conversation },
	{ name: 'Conversation Item', value: 'conversationItem', description: 'Messages and other timeline items: replies, activities, files', module: conversationItem },
	{ name: 'Customer', value: 'customer', description: 'Customer profiles', module: customer },
	{ name: 'Event', value: 'event', description: 'Events of the last 24 hours', module: event },
	{ name: 'Export', value: 'export', description: 'Export jobs and their JSONL files', module: exportResource },
	{ name: 'Inbox', value: 'inbox', description: 'Inboxes that conversations and tasks are routed to', module: inbox },
	{ name: 'Lookup', value: 'lookup', description: "Answers to Gladly's customer lookups (with the Gladly Lookup Trigger)", module: lookup },
	{ name: 'Organization', value: 'organization', description: 'The organization of the credentials', module: organization },
	{ name: 'Report', value: 'report', description: 'Insights reports as rows or CSV', module: report },
	{ name: 'Task', value: 'task', description: 'Tasks and their comments', module: task },
	{ name: 'Team', value: 'team', description: 'Teams of agents', module: team },
	{ name: 'Topic', value: 'topic', description: 'Conversation topics', module: topic },
	{ name: 'Webhook', value: 'webhook', description: 'Webhooks that send Gladly events to a URL', module: webhook },
];
