import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { route } from '../../shared/router';
import type { OperationModule, OperationRegistry } from '../../shared/router';
import * as bulk from './bulk';
import * as company from './company';
import * as conversation from './conversation';
import * as customObject from './customObject';
import * as customer from './customer';
import * as draft from './draft';
import * as klass from './klass';
import * as message from './message';
import * as note from './note';
import * as team from './team';
import * as trackingEvent from './trackingEvent';
import * as user from './user';

interface ResourceModule {
	description: INodeProperties[];
	[operation: string]: unknown;
}

/** The resources, in the order of the Resource dropdown (alphabetical). */
const RESOURCES: Array<{ name: string; value: string; description: string; module: ResourceModule }> = [
	{ name: 'Bulk', value: 'bulk', description: 'Create or update many records in one request', module: bulk },
	{ name: 'Company', value: 'company', description: 'Organizations customers belong to', module: company },
	{ name: 'Conversation', value: 'conversation', description: 'Threads of messages with a customer', module: conversation },
	{ name: 'Custom Object', value: 'customObject', description: 'Records of a custom object type (KObjects), e.g. orders', module: customObject },
	{ name: 'Customer', value: 'customer', description: 'People who contact you', module: customer },
	{ name: 'Draft', value: 'draft', description: 'Replies that Kustomer sends to a customer through a channel', module: draft },
	{ name: 'Klass', value: 'klass', description: 'Custom object types and their attributes', module: klass },
	{ name: 'Message', value: 'message', description: 'Messages recorded in conversations', module: message },
	{ name: 'Note', value: 'note', description: 'Internal notes on conversations', module: note },
	{ name: 'Team', value: 'team', description: 'Teams of agents', module: team },
	{ name: 'Tracking Event', value: 'trackingEvent', description: 'Events on the customer timeline', module: trackingEvent },
	{ name: 'User', value: 'user', description: 'Agents and API users', module: user },
];

/** Every export of a resource module that is an operation (has description + execute). */
function operations(module: ResourceModule): Record<string, OperationModule> {
	const out: Record<string, OperationModule> = {};
	for (const [name, value] of Object.entries(module)) {
		const candidate = value as Partial<OperationModule> | undefined;
		if (candidate && typeof candidate.execute === 'function' && Array.isArray(candidate.description)) out[name] = candidate as OperationModule;
	}
	return out;
}

export const registry: OperationRegistry = Object.fromEntries(RESOURCES.map((resource) => [resource.value, operations(resource.module)]));

/** Resource dropdown followed by every resource's Operation dropdown and fields. */
export const description: INodeProperties[] = [
	{
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		options: RESOURCES.map(({ name, value, description }) => ({ name, value, description })),
		default: 'customer',
	},
	...RESOURCES.flatMap((resource) => resource.module.description),
];

export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	return await route.call(this, registry);
}
