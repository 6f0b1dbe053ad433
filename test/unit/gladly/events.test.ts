/**
 * The event types the Gladly nodes offer, as built (dist/, loaded as n8n loads it), against Gladly's
 * documents: the Polling Trigger offers exactly the types the Events API can return (its response
 * schema), the Gladly Trigger and Webhook › Create exactly the webhook events of both copies of the
 * document (the older one adds Message Automation and Custom Channels).
 */
import type { INodeProperties, INodePropertyOptions, INodeType } from 'n8n-workflow';

import { loadSpec } from '../../contract/openapi';
import { nodeTypes } from '../../harness/engine';
import { OPENAPI } from '../../harness/paths';

type Json = Record<string, unknown>;

const current = loadSpec(`${OPENAPI}/gladly-openapi-current.yml`) as Json;
const older = loadSpec(`${OPENAPI}/gladly-openapi.json`) as Json;

/** Follows a local `$ref` (JSON pointer) of `doc`. */
function resolve(doc: Json, node: Json): Json {
	const ref = node.$ref;
	if (typeof ref !== 'string') return node;
	return ref
		.slice(2)
		.split('/')
		.map((part) => decodeURIComponent(part).replace(/~1/g, '/').replace(/~0/g, '~'))
		.reduce<unknown>((at, part) => (at as Json)[part], doc) as Json;
}

const at = (doc: Json, ...path: string[]) =>
	path.reduce<unknown>((node, key) => resolve(doc, node as Json)[key], doc) as Json;

/** Every `type` an Events API line can have: the enums of its response schema's oneOf. */
function eventsApiTypes(): string[] {
	const schema = at(
		current,
		'paths',
		'/api/v1/events',
		'get',
		'responses',
		'200',
		'content',
		'application/x-jsonlines',
		'schema',
	);
	return (schema.oneOf as Json[]).flatMap((entry) => {
		const line = resolve(current, entry);
		return resolve(current, (line.properties as Json).type as Json).enum as string[];
	});
}

/** The `events` enum of a document's webhook schema, names only ("X (deprecated)" is the name X). */
function webhookEvents(doc: Json): string[] {
	const schema = at(
		doc,
		'paths',
		'/api/v1/webhooks/{webhookId}',
		'patch',
		'requestBody',
		'content',
		'application/json',
		'schema',
	);
	const events = ((schema.allOf as Json[])[0].properties as Json).events as Json;
	return ((events.items as Json).enum as string[]).map((name) =>
		name.replace(/ \(deprecated\)$/, ''),
	);
}

let types: { getByName(name: string): INodeType | unknown };
beforeAll(async () => {
	types = await nodeTypes();
});

const property = (node: string, name: string, show?: Record<string, string[]>): INodeProperties => {
	const properties = (types.getByName(node) as INodeType).description.properties;
	const found = properties
		.flatMap((entry) =>
			entry.type === 'collection'
				? [entry, ...((entry.options ?? []) as INodeProperties[])]
				: [entry],
		)
		.find(
			(entry) =>
				entry.name === name &&
				Object.entries(show ?? {}).every(([key, values]) =>
					values.every((value) =>
						(entry.displayOptions?.show?.[key] as string[] | undefined)?.includes(value),
					),
				),
		);
	if (!found) throw new Error(`${node} has no property ${name}`);
	return found;
};
const offered = (entry: INodeProperties) =>
	((entry.options ?? []) as INodePropertyOptions[]).map((option) => String(option.value)).sort();

describe('Gladly event types offered by the built nodes', () => {
	it('the document: the Events API returns 45 types, never the export-job events', () => {
		const returned = eventsApiTypes();
		expect(new Set(returned).size).toBe(returned.length);
		expect(returned).toHaveLength(45);
		expect(returned).not.toContain('EXPORT_JOB/COMPLETED');
		expect(returned).not.toContain('EXPORT_JOB/FAILED');
	});

	it('the Polling Trigger offers exactly the types the Events API can return', () => {
		expect(offered(property('gladlyPollingTrigger', 'eventTypes'))).toEqual(
			eventsApiTypes().sort(),
		);
	});

	it('the Gladly Trigger offers exactly the webhook events of both documents, messaging events included', () => {
		const expected = [...new Set([...webhookEvents(current), ...webhookEvents(older)])].sort();
		const events = offered(property('gladlyTrigger', 'events'));
		expect(events).toEqual(expected);
		expect(events).toEqual(
			expect.arrayContaining([
				'AUTOMATION/MESSAGE_RECEIVED',
				'AUTOMATION/MESSAGE_SENT',
				'CUSTOM_CHANNEL/MESSAGE_SENT',
			]),
		);
		expect(
			offered(property('gladly', 'events', { resource: ['webhook'], operation: ['create'] })),
		).toEqual(expected);
	});

	it('Task › Get Many says that it lists the tasks of one customer', () => {
		const operation = property('gladly', 'operation', { resource: ['task'] });
		const getMany = (operation.options as INodePropertyOptions[]).find(
			(option) => option.value === 'getMany',
		);
		expect(getMany?.action).toBe('Get many tasks of a customer');
		expect(getMany?.description).toMatch(/of one customer/);
		const customer = property('gladly', 'customerId', {
			resource: ['task'],
			operation: ['getMany'],
		});
		expect(customer.required).toBe(true);
	});
});
