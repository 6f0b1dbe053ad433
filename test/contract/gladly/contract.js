'use strict';

// Gladly contract: every request the Gladly tests send is validated against Gladly's official OpenAPI
// document, gladly-openapi-current.yml (test/fixtures/openapi). The older gladly-openapi.json is consulted only for
// the Message Automation and Custom Channels endpoints that only it documents (OLD_ONLY_PATHS).
// Where the document is provably wrong, a patch below fixes the schema, with the evidence.

const path = require('node:path');
const { loadSpec, createValidator } = require('../openapi');
const { OPENAPI } = require('../../harness/paths');

const CURRENT = path.join(OPENAPI, 'gladly-openapi-current.yml');
const OLD = path.join(OPENAPI, 'gladly-openapi.json');

const patches = [
	{
		method: 'POST',
		path: '/api/v1/conversations/{conversationId}/topics',
		reason:
			"The schema's `required` says `topicIDs` but its only property is `topicIds`; the spec's own example and " +
			"Gladly's rest-api-examples (util/api.js addTopicsToConversation) send `topicIds` (reference/gladly.md 5.2, 10.1).",
		patch: (schema) => ({
			...schema,
			required: ['topicIds'],
			properties: { topicIds: { ...schema.properties.topicIds, minItems: 1 } },
		}),
	},
	{
		method: 'POST',
		path: '/api/v1/conversations/{conversationId}/notes',
		reason:
			"The schema requires `content` but defines `body` at the top level; the operation's example body is " +
			'{"content":{"body":"Customer has requested..."}} (reference/gladly.md 5.2). We send and validate the example shape.',
		patch: (schema) => ({
			...schema,
			required: ['content'],
			properties: {
				content: {
					type: 'object',
					required: ['body'],
					properties: { body: schema.properties.body },
				},
			},
		}),
	},
	{
		method: 'POST',
		path: '/api/v1/tasks/{taskId}/comments',
		reason:
			"The schema's `required` names `message`, but the only comment property it defines is `comment` (reference/gladly.md 5.4).",
		patch: (schema) => ({ ...schema, required: ['agentId', 'comment'] }),
	},
	{
		method: 'POST',
		path: '/api/v1/customer-history/{customerId}/conversations/{conversationId}/custom-attributes',
		reason:
			"The schema requires `content` and types `body` as a string, but the operation's example (and only documented shape) is " +
			'{"add":[{"key","value"}],"remove":[{"key","value"}]} (reference/gladly.md 5.7).',
		patch: () => {
			const list = {
				type: 'array',
				items: {
					type: 'object',
					required: ['key', 'value'],
					properties: { key: { type: 'string' }, value: { type: 'string' } },
				},
			};
			return {
				type: 'object',
				anyOf: [{ required: ['add'] }, { required: ['remove'] }],
				properties: { add: list, remove: list },
				additionalProperties: false,
			};
		},
	},
	{
		method: 'POST',
		path: '/api/v1/reports',
		reason:
			'`required` lists startAt and endAt, yet startAtTime/endAtTime "must not" be combined with startAt, endAt or timezone ' +
			"(the same schema's descriptions). Either window is accepted, never both.",
		patch: (schema) => ({
			...schema,
			required: ['metricSet'],
			oneOf: [
				{
					required: ['startAt', 'endAt'],
					not: { anyOf: [{ required: ['startAtTime'] }, { required: ['endAtTime'] }] },
				},
				{
					required: ['startAtTime', 'endAtTime'],
					not: {
						anyOf: [{ required: ['startAt'] }, { required: ['endAt'] }, { required: ['timezone'] }],
					},
				},
			],
		}),
	},
	{
		method: 'POST',
		path: '/api/v1/campaigns/{campaignId}/recipient-collections',
		reason:
			'Each recipient is a oneOf of Email, SMS and Voice recipients, but the SMS and Voice schemas are identical ' +
			"(customerName, phoneNumber, timezone), so a phone recipient matches two branches and fails; the spec's own SMS " +
			'and Voice examples could not pass. A recipient is checked as an email recipient or a phone recipient.',
		patch: (schema) => {
			const [email, phone] = schema.properties.recipients.items.oneOf;
			return {
				...schema,
				properties: {
					...schema.properties,
					recipients: { ...schema.properties.recipients, items: { oneOf: [email, phone] } },
				},
			};
		},
	},
	{
		method: 'POST',
		path: '/api/v1/conversation-items/{itemId}/redact',
		reason:
			'The body schema only says "The request body should be empty"; the check is that nothing is sent.',
		patch: () => ({ not: {} }),
	},
];

// Endpoints only the older copy documents (Message Automation, Custom Channels): their requests are checked
// against gladly-openapi.json, everything else against the current document. The one list of that choice.
const OLD_ONLY_PATHS = [
	'/api/v1/message-automation/sessions/{sessionId}',
	'/api/v1/message-automation/sessions/{sessionId}/messages',
	'/api/v1/message-automation/sessions/{sessionId}/messages/{messageId}',
	'/api/v1/message-automation/sessions/{sessionId}/typing-indicators',
	'/api/v1/message-automation/sessions/{sessionId}/handoff',
	'/api/v1/message-automation/sessions/{sessionId}/close',
	'/api/v1/communications/custom-channels/{customChannelId}/messages',
	'/api/v1/communications/custom-channels/{customChannelId}/messages/{messageId}/status',
];

const templateRegex = (template) =>
	new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+').replace(/\//g, '\\/')}$`);
const OLD_ONLY = OLD_ONLY_PATHS.map(templateRegex);
const isOldOnly = (path) => OLD_ONLY.some((pattern) => pattern.test(path));

// The webhook events only the older copy lists (with those endpoints), read from it: a webhook may subscribe
// to them, so the current document's `events` enum is extended by exactly these.
function olderOnlyEvents() {
	const old = loadSpec(OLD);
	const current = loadSpec(CURRENT);
	const enumOf = (doc) =>
		doc.paths['/api/v1/webhooks/{webhookId}'].patch.requestBody.content['application/json'].schema
			.allOf[0].properties.events.items.enum;
	const known = new Set(enumOf(current));
	return enumOf(old).filter((name) => !known.has(name) && !/\s/.test(name));
}

function withOlderEvents(schema) {
	const walk = (node) => {
		if (Array.isArray(node)) return node.map(walk);
		if (!node || typeof node !== 'object') return node;
		const out = Object.fromEntries(Object.entries(node).map(([key, value]) => [key, walk(value)]));
		if (out.properties && out.properties.events && out.properties.events.items) {
			const items = out.properties.events.items;
			out.properties.events = {
				...out.properties.events,
				items: { ...items, enum: [...items.enum, ...olderOnlyEvents()] },
			};
		}
		return out;
	};
	return walk(schema);
}

const webhookEventsReason =
	'The Message Automation and Custom Channels events (AUTOMATION/MESSAGE_RECEIVED, AUTOMATION/MESSAGE_SENT, ' +
	"CUSTOM_CHANNEL/MESSAGE_SENT) are in the older copy's `events` enum, with their payloads, and absent from the " +
	'current one, like the endpoints they belong to.';
patches.push(
	{ method: 'POST', path: '/api/v1/webhooks', reason: webhookEventsReason, patch: withOlderEvents },
	{
		method: 'PATCH',
		path: '/api/v1/webhooks/{webhookId}',
		reason: webhookEventsReason,
		patch: withOlderEvents,
	},
);

// Fixes of the older copy, for the endpoints only it documents.
const oldPatches = [
	{
		method: 'POST',
		path: '/api/v1/message-automation/sessions/{sessionId}/messages',
		reason:
			'`content` is a oneOf of the Text, Menu and HTML contents, but Text and HTML have the same shape ({value}), so a ' +
			"text or HTML message matches two branches and no body can pass; and a menu item's `required` is the string " +
			'"-id -label" (not a list). The content is chosen by `type`, as the examples show; menu items require id and label.',
		patch: (schema) => {
			const [text, menu, html] = schema.properties.content.oneOf;
			const fixedMenu = {
				...menu,
				properties: {
					...menu.properties,
					menuItems: {
						...menu.properties.menuItems,
						items: { ...menu.properties.menuItems.items, required: ['id', 'label'] },
					},
				},
			};
			const when = (type, then) => ({
				if: { properties: { type: { const: type } }, required: ['type'] },
				then: { properties: { content: then } },
			});
			return {
				...schema,
				properties: { ...schema.properties, content: { type: 'object' } },
				allOf: [when('TEXT', text), when('MENU', fixedMenu), when('HTML', html)],
			};
		},
	},
];

let validators;
function get() {
	if (!validators) {
		validators = {
			current: createValidator(loadSpec(CURRENT), {
				patches,
				label: 'Gladly OpenAPI document (gladly-openapi-current.yml)',
			}),
			old: createValidator(loadSpec(OLD), {
				patches: oldPatches,
				label: 'older Gladly OpenAPI document (gladly-openapi.json)',
			}),
		};
	}
	return validators;
}

// Requests the Gladly node sends that are not Gladly API calls: the signed storage URL an attachment's 303
// points to (fetched without credentials).
const NOT_API = /^\/storage\//;

function check(request) {
	if (NOT_API.test(request.path)) return [];
	const { current, old } = get();
	return isOldOnly(request.path) ? old.check(request) : current.check(request);
}

function assertContract(requests) {
	const problems = requests
		.filter((r) => r.provider === undefined || r.provider === 'gladly')
		.flatMap(check);
	if (problems.length)
		throw new Error(
			`Requests that do not conform to Gladly's OpenAPI document:\n  ${problems.join('\n  ')}`,
		);
}

module.exports = { check, assertContract, patches, oldPatches, OLD_ONLY_PATHS };
