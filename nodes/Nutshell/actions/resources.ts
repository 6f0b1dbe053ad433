import type { INodeProperties } from 'n8n-workflow';

import type { OperationModule } from '../../shared/router';
import * as activity from './activity';
import * as customField from './customField';
import * as event from './event';
import * as lead from './lead';
import { lookupResources } from './lookup';
import * as note from './note';
import * as search from './search';
import * as task from './task';
import { companyConfig, partyResource, personConfig } from './party';

export interface ResourceModule {
	name: string;
	value: string;
	description: string;
	operations: Record<string, OperationModule>;
	properties: INodeProperties[];
}

function fromParty(
	name: string,
	value: string,
	description: string,
	built: ReturnType<typeof partyResource>,
): ResourceModule {
	return { name, value, description, operations: built.operations, properties: built.description };
}

/** Every resource of the node, in the order of the Resource dropdown (alphabetical). */
export const resources: ResourceModule[] = [
	{
		name: 'Activity',
		value: 'activity',
		description: 'Calls, meetings and other activities',
		operations: activity.operations,
		properties: activity.description,
	},
	{
		name: 'Custom Field',
		value: 'customField',
		description: 'Custom field definitions',
		operations: customField.operations,
		properties: customField.description,
	},
	{
		name: 'Event',
		value: 'event',
		description: 'The change log',
		operations: event.operations,
		properties: event.description,
	},
	{
		name: 'Note',
		value: 'note',
		description: 'Notes on leads, people and companies',
		operations: note.operations,
		properties: note.description,
	},
	{
		name: 'Search',
		value: 'search',
		description: 'Find any lead, person or company',
		operations: search.operations,
		properties: search.description,
	},
	{
		name: 'Task',
		value: 'task',
		description: 'To-dos, optionally on a record',
		operations: task.operations,
		properties: task.description,
	},
	...lookupResources,
	{
		name: 'Lead',
		value: 'lead',
		description: 'Sales opportunities',
		operations: lead.operations,
		properties: lead.description,
	},
	fromParty('Company', 'company', 'Companies (accounts in the API)', partyResource(companyConfig)),
	fromParty('Person', 'person', 'People (contacts in the API)', partyResource(personConfig)),
].sort((a, b) => a.name.localeCompare(b.name));
