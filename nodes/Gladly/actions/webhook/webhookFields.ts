/** Fields, body checks and read-back shared by the webhook operations. */
import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { RecordId } from '../../../shared/ids';
import type { Item } from '../../../shared/kit';
import { idField } from '../../fields';
import { getRecord } from '../../transport';
import { WEBHOOK_EVENTS } from '../../events';

export const webhookField = idField('webhookId', 'Webhook ID', 'The ID of the webhook');

export const eventsField: INodeProperties = {
	displayName: 'Events',
	name: 'events',
	type: 'multiOptions',
	default: [],
	required: true,
	description: 'Events Gladly sends to the URL',
	options: WEBHOOK_EVENTS.map((value) => ({ name: value, value })),
};

export const optionalFields = (): INodeProperties[] => [
	{
		displayName: 'Basic Auth Password',
		name: 'password',
		type: 'string',
		typeOptions: { password: true },
		default: '',
		description: 'Password Gladly sends with every delivery (write-only)',
	},
	{
		displayName: 'Basic Auth Username',
		name: 'username',
		type: 'string',
		default: '',
		description: 'User name Gladly sends with every delivery (write-only)',
	},
	{
		displayName: 'Headers',
		name: 'headers',
		type: 'json',
		default: '{}',
		description:
			'Static headers Gladly sends with every delivery, e.g. a shared secret token (write-only)',
	},
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		description: 'Up to 200 characters',
	},
];

function readHeaders(item: Item, value: unknown): IDataObject {
	let headers = value;
	if (typeof headers === 'string') {
		try {
			headers = JSON.parse(headers);
		} catch {
			throw item.fail('Headers', 'is not valid JSON');
		}
	}
	const isText = (entry: unknown) => typeof entry === 'string';
	if (
		!headers ||
		typeof headers !== 'object' ||
		Array.isArray(headers) ||
		!Object.values(headers).every(isText)
	) {
		throw item.fail('Headers', 'must be a JSON object of text values, e.g. {"X-Token": "secret"}');
	}
	return headers as IDataObject;
}

/** Name, delivery credentials and headers of a webhook, from the optional fields. */
export function webhookBody(item: Item, fields: IDataObject): IDataObject {
	const body: IDataObject = {};
	if (fields.name) {
		if (String(fields.name).length > 200) throw item.fail('Name', 'must be at most 200 characters');
		body.name = fields.name;
	}
	if (fields.username || fields.password) {
		if (!fields.username || !fields.password) {
			throw item.fail('Basic Auth Username', "and 'Basic Auth Password' must be given together");
		}
		body.credentials = { username: fields.username, password: fields.password };
	}
	if (fields.headers !== undefined && fields.headers !== '' && fields.headers !== '{}') {
		const headers = readHeaders(item, fields.headers);
		if (Object.keys(headers).length) body.headers = headers;
	}
	return body;
}

/** An https URL (http only to a loopback address, for local tests). */
export function checkUrl(item: Item, value: string): string {
	let url: URL;
	try {
		url = new URL(value);
	} catch {
		throw item.fail('URL', 'is not a valid URL');
	}
	const loopback = /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/.test(url.hostname);
	if (url.protocol !== 'https:' && !(loopback && url.protocol === 'http:')) {
		throw item.fail('URL', 'must use https: Gladly delivers only to https URLs');
	}
	return value;
}

export async function readWebhook(item: Item, id: RecordId): Promise<IDataObject> {
	return await getRecord(item, `/webhooks/${id.path}`);
}
