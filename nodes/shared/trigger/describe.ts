import { NodeConnectionTypes } from 'n8n-workflow';
import type { IHookFunctions, INodeProperties, INodeTypeDescription } from 'n8n-workflow';

import { forget } from './webhook';

/** What every webhook trigger of this package declares: one POST webhook, answered on receipt. */
export const webhookTriggerBase: Pick<
	INodeTypeDescription,
	'group' | 'version' | 'inputs' | 'outputs' | 'webhooks'
> = {
	group: ['trigger'],
	version: 1,
	inputs: [],
	outputs: [NodeConnectionTypes.Main],
	webhooks: [{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'webhook' }],
};

/** What every polling trigger declares (n8n adds the poll times itself: never declare pollTimes). */
export const pollingTriggerBase: Pick<
	INodeTypeDescription,
	'group' | 'version' | 'inputs' | 'outputs' | 'polling'
> = {
	group: ['trigger'],
	version: 1,
	polling: true,
	inputs: [],
	outputs: [NodeConnectionTypes.Main],
};

export function notice(text: string): INodeProperties {
	return { displayName: text, name: 'notice', type: 'notice', default: '' };
}

export function optionsCollection(options: INodeProperties[]): INodeProperties {
	return {
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options,
	};
}

interface Registration {
	/** Whether the node's webhook exists as configured (may remove stale ones). */
	exists(this: IHookFunctions, events: string[]): Promise<boolean>;
	/** Registers the webhook and keeps what it needs in static data. */
	create(this: IHookFunctions, events: string[]): Promise<void>;
	/** Removes the webhook with this id (a webhook already gone is fine). */
	remove(this: IHookFunctions, id: string): Promise<void>;
	/** Static data keys to clear after delete. */
	keys: string[];
}

/** `webhookMethods.default` for a trigger that registers one webhook per node for the events in 'Trigger On' (`events`). */
export function registeredWebhook(registration: Registration) {
	const events = (context: IHookFunctions) => context.getNodeParameter('events', []) as string[];
	return {
		async checkExists(this: IHookFunctions): Promise<boolean> {
			return await registration.exists.call(this, events(this));
		},
		async create(this: IHookFunctions): Promise<boolean> {
			await registration.create.call(this, events(this));
			return true;
		},
		async delete(this: IHookFunctions): Promise<boolean> {
			const id = this.getWorkflowStaticData('node').webhookId;
			if (typeof id === 'string' && id) await registration.remove.call(this, id);
			forget(this, 'webhookId', ...registration.keys, 'recentDeliveries');
			return true;
		},
	};
}
