import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { inputError } from '../../../shared/errors';
import { toItems } from '../../../shared/router';
import { stringParameter } from '../../../shared/validate';
import { fieldsCollection, idField, idParam, operation } from '../../descriptions';
import { gladlyRequest, idFromLocation } from '../../transport';
import { listOperation, resourceModule } from '../common';
import { WEBHOOK_EVENTS } from './events';

const webhookField = idField('webhookId', 'Webhook ID', 'The ID of the webhook');

const eventsField: INodeProperties = {
	displayName: 'Events',
	name: 'events',
	type: 'multiOptions',
	default: [],
	required: true,
	description: 'Events Gladly sends to the URL',
	options: WEBHOOK_EVENTS.map((value) => ({ name: value, value })),
};

const optionalFields = (): INodeProperties[] => [
	{ displayName: 'Basic Auth Password', name: 'password', type: 'string', typeOptions: { password: true }, default: '', description: 'Password Gladly sends with every delivery (write-only)' },
	{ displayName: 'Basic Auth Username', name: 'username', type: 'string', default: '', description: 'User name Gladly sends with every delivery (write-only)' },
	{
		displayName: 'Headers',
		name: 'headers',
		type: 'json',
		default: '{}',
		description: 'Static headers Gladly sends with every delivery, e.g. a shared secret token (write-only)',
	},
	{ displayName: 'Name', name: 'name', type: 'string', default: '', description: 'Up to 200 characters' },
];

function webhookBody(context: IExecuteFunctions, fields: IDataObject, itemIndex: number): IDataObject {
	const body: IDataObject = {};
	if (fields.name) {
		if (String(fields.name).length > 200) throw inputError(context.getNode(), 'Name', 'must be at most 200 characters', itemIndex);
		body.name = fields.name;
	}
	if (fields.username || fields.password) {
		if (!fields.username || !fields.password) throw inputError(context.getNode(), 'Basic Auth Username', "and 'Basic Auth Password' must be given together", itemIndex);
		body.credentials = { username: fields.username, password: fields.password };
	}
	if (fields.headers !== undefined && fields.headers !== '' && fields.headers !== '{}') {
		let headers: unknown = fields.headers;
		if (typeof headers === 'string') {
			try {
				headers = JSON.parse(headers);
			} catch {
				throw inputError(context.getNode(), 'Headers', 'is not valid JSON', itemIndex);
			}
		}
		if (!headers || typeof headers !== 'object' || Array.isArray(headers) || Object.values(headers).some((value) => typeof value !== 'string')) {
			throw inputError(context.getNode(), 'Headers', 'must be a JSON object of text values, e.g. {"X-Token": "secret"}', itemIndex);
		}
		if (Object.keys(headers).length) body.headers = headers as IDataObject;
	}
	return body;
}

function checkUrl(context: IExecuteFunctions, value: string, itemIndex: number): string {
	let url: URL;
	try {
		url = new URL(value);
	} catch {
		throw inputError(context.getNode(), 'URL', 'is not a valid URL', itemIndex);
	}
	const loopback = /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/.test(url.hostname);
	if (url.protocol !== 'https:' && !(loopback && url.protocol === 'http:')) throw inputError(context.getNode(), 'URL', 'must use https: Gladly delivers only to https URLs', itemIndex);
	return value;
}

const readBack = async (context: IExecuteFunctions, id: string, itemIndex: number) =>
	toItems((await gladlyRequest.call(context, 'GET', `/webhooks/${id}`, { itemIndex })).body as IDataObject, itemIndex);

const create = operation(
	'webhook',
	'create',
	[
		{ displayName: 'URL', name: 'url', type: 'string', default: '', required: true, placeholder: 'e.g. https://example.com/hooks/gladly', description: 'HTTPS address, unique among the webhooks of the organization' },
		eventsField,
		{ displayName: 'Enabled', name: 'enabled', type: 'boolean', default: false, description: 'Whether to start delivering now; Gladly first sends a PING that the URL must answer with 200' },
		{ displayName: 'Additional Fields', name: 'additionalFields', type: 'collection', placeholder: 'Add Field', default: {}, options: optionalFields() },
	],
	async function (itemIndex) {
		const url = checkUrl(this, stringParameter(this, 'url', itemIndex), itemIndex);
		const events = this.getNodeParameter('events', itemIndex, []) as string[];
		if (!events.length) throw inputError(this.getNode(), 'Events', 'is empty: choose at least one event', itemIndex);
		const body = { url, events, enabled: this.getNodeParameter('enabled', itemIndex, false) as boolean, ...webhookBody(this, this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject, itemIndex) };
		const response = await gladlyRequest.call(this, 'POST', '/webhooks', { body, itemIndex });
		const id = idFromLocation(response.headers);
		return id ? await readBack(this, encodeURIComponent(id), itemIndex) : toItems({ created: true, url }, itemIndex);
	},
);

const get = operation('webhook', 'get', [webhookField], async function (itemIndex) {
	return await readBack(this, idParam(this, 'webhookId', itemIndex), itemIndex);
});

const update = operation(
	'webhook',
	'update',
	[
		webhookField,
		fieldsCollection(([{ ...eventsField, required: false, description: 'Replaces the list of events' }, ...optionalFields(), { displayName: 'URL', name: 'url', type: 'string', default: '', description: 'New HTTPS address; Gladly sends a PING to it' }] as INodeProperties[]).sort((a, b) =>
				a.displayName.localeCompare(b.displayName),
			)),
	],
	async function (itemIndex) {
		const id = idParam(this, 'webhookId', itemIndex);
		const fields = this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject;
		const body = webhookBody(this, fields, itemIndex);
		if (fields.url) body.url = checkUrl(this, String(fields.url), itemIndex);
		if (Array.isArray(fields.events) && fields.events.length) body.events = fields.events;
		if (!Object.keys(body).length) throw inputError(this.getNode(), 'Update Fields', 'is empty: add at least one field to change', itemIndex);
		await gladlyRequest.call(this, 'PATCH', `/webhooks/${id}`, { body, itemIndex, idempotent: true });
		return await readBack(this, id, itemIndex);
	},
);

function setEnabled(name: string, enabled: boolean) {
	return operation('webhook', name, [webhookField], async function (itemIndex) {
		const id = idParam(this, 'webhookId', itemIndex);
		await gladlyRequest.call(this, 'PATCH', `/webhooks/${id}`, { body: { enabled }, itemIndex, idempotent: true });
		return await readBack(this, id, itemIndex);
	});
}

/** Gladly refuses to delete an enabled webhook (400), so it is disabled first. */
const remove = operation('webhook', 'delete', [webhookField], async function (itemIndex) {
	const id = idParam(this, 'webhookId', itemIndex);
	const current = (await gladlyRequest.call(this, 'GET', `/webhooks/${id}`, { itemIndex })).body as IDataObject;
	if (current.enabled) await gladlyRequest.call(this, 'PATCH', `/webhooks/${id}`, { body: { enabled: false }, itemIndex, idempotent: true });
	await gladlyRequest.call(this, 'DELETE', `/webhooks/${id}`, { itemIndex });
	return toItems({ deleted: true, id: decodeURIComponent(id) }, itemIndex);
});

export const webhook = resourceModule(
	'webhook',
	{ create, delete: remove, disable: setEnabled('disable', false), enable: setEnabled('enable', true), get, getMany: listOperation('webhook', '/webhooks'), update },
	[
		{ name: 'Create', value: 'create', action: 'Create a webhook', description: 'Register a URL for Gladly events (at most 20 per organization)' },
		{ name: 'Delete', value: 'delete', action: 'Delete a webhook', description: 'Disable, then delete a webhook' },
		{ name: 'Disable', value: 'disable', action: 'Disable a webhook', description: 'Stop deliveries to a webhook' },
		{ name: 'Enable', value: 'enable', action: 'Enable a webhook', description: 'Start deliveries (Gladly first sends a PING)' },
		{ name: 'Get', value: 'get', action: 'Get a webhook', description: 'Retrieve a webhook by ID' },
		{ name: 'Get Many', value: 'getMany', action: 'Get many webhooks', description: 'Retrieve every webhook of the organization' },
		{ name: 'Update', value: 'update', action: 'Update a webhook', description: 'Change the URL, events, name or delivery credentials' },
	],
);
