'use strict';

// Gladly contract: every request the Gladly tests send is validated against Gladly's official OpenAPI
// document, gladly-openapi-current.yml (test/fixtures/openapi). The older gladly-openapi.json is consulted only for
// the Message Automation and Custom Channels endpoints that only it documents.
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
		path: '/api/v1/conversation-items/{itemId}/redact',
		reason:
			'The body schema only says "The request body should be empty"; the check is that nothing is sent.',
		patch: () => ({ not: {} }),
	},
];

// Older copy only: Message Automation and Custom Channels. Our node does not call them.
const OLD_ONLY = /^\/api\/v1\/(message-automation|communications\/custom-channels)\//;

let validators;
function get() {
	if (!validators) {
		validators = {
			current: createValidator(loadSpec(CURRENT), {
				patches,
				label: 'Gladly OpenAPI document (gladly-openapi-current.yml)',
			}),
			old: createValidator(loadSpec(OLD), {
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
	return OLD_ONLY.test(request.path) ? old.check(request) : current.check(request);
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

module.exports = { check, assertContract, patches };
