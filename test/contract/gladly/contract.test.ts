/**
 * The contract check itself: it must fail requests that do not conform to Gladly's OpenAPI document,
 * and each spec patch must be needed (the unpatched document rejects what Gladly's own examples send).
 * Every Gladly test file runs this check over all requests it sent (test/unit/gladly/setup.ts).
 */
import { createValidator, loadSpec } from '../openapi';
import { OLD_ONLY_PATHS, check, oldPatches, patches } from './contract';
import { OPENAPI } from '../../harness/paths';

const request = (
	method: string,
	path: string,
	body?: unknown,
	query: Record<string, string | string[]> = {},
) => ({
	method,
	path,
	query,
	body,
	rawBody: body === undefined ? '' : JSON.stringify(body),
});

describe('Gladly contract check', () => {
	it('accepts conforming requests', () => {
		expect(
			check(
				request('POST', '/api/v1/customer-profiles', {
					id: 'abc',
					emails: [{ original: 'a@example.com' }],
				}),
			),
		).toEqual([]);
		expect(
			check(request('GET', '/api/v1/customer-profiles', undefined, { email: 'a@example.com' })),
		).toEqual([]);
		expect(
			check(
				request('PATCH', '/api/v1/conversations/c%2F1', {
					status: { value: 'CLOSED', force: true },
				}),
			),
		).toEqual([]);
		expect(
			check(
				request('GET', '/api/v1/events', undefined, {
					startAt: '2026-01-01T00:00:00Z',
					entities: ['TASK', 'CONTACT'],
				}),
			),
		).toEqual([]);
	});

	it('rejects an unknown path, an undocumented method and an undocumented query parameter', () => {
		expect(check(request('GET', '/api/v1/conversations'))).toEqual([
			expect.stringMatching(
				/no path of the Gladly OpenAPI document \(gladly-openapi-current\.yml\) matches/,
			),
		]);
		expect(check(request('PUT', '/api/v1/conversations/c1', {}))).toEqual([
			expect.stringMatching(/method not documented .* \(documented: GET, PATCH\)/),
		]);
		expect(check(request('GET', '/api/v1/customer-profiles', undefined, { name: 'x' }))).toEqual([
			expect.stringMatching(/query parameter "name" is not documented/),
		]);
		expect(
			check(request('GET', '/api/v1/customers/c1/tasks', undefined, { status: 'DONE' })),
		).toEqual([expect.stringMatching(/undocumented value "DONE"/)]);
	});

	it('rejects missing required fields, wrong types and missing required query parameters', () => {
		expect(
			check(request('POST', '/api/v1/communications/sms', { from: '+14155550100', body: 'x' })),
		).toEqual([expect.stringMatching(/must have required property 'customer'/)]);
		expect(
			check(request('POST', '/api/v1/customer-profiles', { emails: 'a@example.com' })),
		).toEqual([expect.stringMatching(/body\/emails must be array/)]);
		expect(
			check(
				request('POST', '/api/v1/reports', {
					metricSet: 'NoSuchReport',
					startAt: '2026-01-01',
					endAt: '2026-01-02',
				}),
			),
		).toEqual([
			expect.stringMatching(/body\/metricSet must be equal to one of the allowed values/),
		]);
		expect(check(request('GET', '/api/v1/events', undefined, { entities: 'TASK' }))).toEqual([
			expect.stringMatching(/query parameter "startAt" is required/),
		]);
		expect(check(request('POST', '/api/v1/tasks', {}))).toHaveLength(4);
	});

	it('rejects a body on redact, which must be sent empty', () => {
		expect(check(request('POST', '/api/v1/conversation-items/i1/redact'))).toEqual([]);
		expect(
			check(request('POST', '/api/v1/conversation-items/i1/redact', { reason: 'x' })),
		).not.toEqual([]);
	});

	it('rejects both report windows at once (the spec says they exclude each other)', () => {
		expect(
			check(
				request('POST', '/api/v1/reports', {
					metricSet: 'AgentSummary',
					startAtTime: '2026-01-01T09:00Z',
					endAtTime: '2026-01-01T10:00Z',
				}),
			),
		).toEqual([]);
		expect(
			check(
				request('POST', '/api/v1/reports', {
					metricSet: 'AgentSummary',
					startAt: '2026-01-01',
					endAt: '2026-01-02',
					startAtTime: '2026-01-01T09:00Z',
					endAtTime: '2026-01-01T10:00Z',
				}),
			),
		).not.toEqual([]);
	});

	describe('each patch of the document is needed: the unpatched document rejects the documented example', () => {
		const raw = createValidator(loadSpec(`${OPENAPI}/gladly-openapi-current.yml`), {
			label: 'unpatched document',
		});
		const examples: Record<string, ReturnType<typeof request>> = {
			'POST /api/v1/conversations/{conversationId}/topics': request(
				'POST',
				'/api/v1/conversations/c1/topics',
				{ topicIds: ['t1'] },
			),
			'POST /api/v1/tasks/{taskId}/comments': request('POST', '/api/v1/tasks/t1/comments', {
				agentId: 'a1',
				comment: 'Called',
			}),
			'POST /api/v1/customer-history/{customerId}/conversations/{conversationId}/custom-attributes':
				request('POST', '/api/v1/customer-history/cu/conversations/c1/custom-attributes', {
					add: [{ key: 'ORDER_ID', value: 'ORD_3' }],
					remove: [{ key: 'ORDER_ID', value: 'ORD_1' }],
				}),
			'POST /api/v1/reports': request('POST', '/api/v1/reports', {
				metricSet: 'AgentSummary',
				startAtTime: '2020-04-13T19:27Z',
				endAtTime: '2020-04-14T19:27Z',
			}),
			'POST /api/v1/campaigns/{campaignId}/recipient-collections': request(
				'POST',
				'/api/v1/campaigns/c1/recipient-collections',
				{
					name: 'SMS collection',
					startAfter: '2024-05-13T16:32:00.000Z',
					recipients: [
						{
							customerName: 'John Baker',
							phoneNumber: '+14155551234',
							timezone: 'America/Los_Angeles',
						},
					],
				},
			),
			'POST /api/v1/webhooks': request('POST', '/api/v1/webhooks', {
				url: 'https://bot.example.com/gladly',
				events: ['AUTOMATION/MESSAGE_RECEIVED'],
			}),
			'PATCH /api/v1/webhooks/{webhookId}': request('PATCH', '/api/v1/webhooks/w1', {
				events: ['CUSTOM_CHANNEL/MESSAGE_SENT', 'CONVERSATION/CLOSED'],
			}),
		};
		it.each(
			patches
				.filter((patch) => examples[`${patch.method} ${patch.path}`])
				.map((patch) => [`${patch.method} ${patch.path}`, patch.reason]),
		)('%s', (key) => {
			expect(raw.check(examples[key])).not.toEqual([]);
			expect(check(examples[key])).toEqual([]);
		});

		it('POST /api/v1/conversations/{conversationId}/notes: the patch checks content.body, which the unpatched schema cannot', () => {
			const empty = request('POST', '/api/v1/conversations/c1/notes', { content: {} });
			expect(raw.check(empty)).toEqual([]);
			expect(check(empty)).toEqual([
				expect.stringMatching(/body\/content must have required property 'body'/),
			]);
			// The schema's own top-level `body` fails its own `required: [content]`.
			expect(
				raw.check(request('POST', '/api/v1/conversations/c1/notes', { body: 'x' })),
			).not.toEqual([]);
			expect(
				check(
					request('POST', '/api/v1/conversations/c1/notes', {
						content: { body: 'Customer has requested...' },
					}),
				),
			).toEqual([]);
		});
	});

	describe('Message Automation and Custom Channels: checked against the older document', () => {
		const current = createValidator(loadSpec(`${OPENAPI}/gladly-openapi-current.yml`), {
			label: 'current document',
		});
		const older = createValidator(loadSpec(`${OPENAPI}/gladly-openapi.json`), {
			label: 'older document',
		});

		it('each listed path is in the older document only', () => {
			for (const path of OLD_ONLY_PATHS) {
				expect(older.templates()).toContain(path);
				expect(current.templates()).not.toContain(path);
			}
		});

		it('accepts what the older document allows and rejects what it does not', () => {
			const send = (body: unknown) =>
				check(request('POST', '/api/v1/message-automation/sessions/s1/messages', body));
			expect(send({ type: 'TEXT', content: { value: 'Hi' } })).toEqual([]);
			expect(send({ type: 'HTML', content: { value: '<b>Hi</b>' } })).toEqual([]);
			expect(
				send({ type: 'MENU', content: { prompt: 'Pick', menuItems: [{ id: 'a', label: 'A' }] } }),
			).toEqual([]);
			expect(send({ type: 'TEXT', content: { value: '' } })).not.toEqual([]);
			expect(send({ type: 'TEXT', content: { value: 'x'.repeat(2049) } })).not.toEqual([]);
			expect(send({ type: 'MENU', content: { prompt: 'Pick', menuItems: [] } })).not.toEqual([]);
			expect(
				send({ type: 'MENU', content: { prompt: 'Pick', menuItems: [{ id: 'a' }] } }),
			).not.toEqual([]);
			expect(send({ type: 'CAROUSEL', content: { value: 'x' } })).not.toEqual([]);
			expect(check(request('POST', '/api/v1/message-automation/sessions/s1/handoff', {}))).toEqual([
				expect.stringMatching(/must have required property 'description'/),
			]);
			expect(
				check(
					request('PUT', '/api/v1/communications/custom-channels/c1/messages/m1/status', {
						value: 'SEEN',
					}),
				),
			).toEqual([expect.stringMatching(/body\/value must be equal to one of the allowed values/)]);
			expect(
				check(
					request('POST', '/api/v1/communications/custom-channels/c1/messages', {
						sender: { address: 'u1' },
						to: 'shop',
						type: 'TEXT',
						content: { text: 'Hi' },
					}),
				),
			).toEqual([]);
			expect(
				check(
					request('POST', '/api/v1/communications/custom-channels/c1/messages', {
						to: 'shop',
						type: 'TEXT',
						content: { text: 'Hi' },
					}),
				),
			).toEqual([expect.stringMatching(/must have required property 'sender'/)]);
		});

		it('the patch of the older document is needed: unpatched, no text message can pass', () => {
			expect(oldPatches.map((patch) => `${patch.method} ${patch.path}`)).toEqual([
				'POST /api/v1/message-automation/sessions/{sessionId}/messages',
			]);
			const text = request('POST', '/api/v1/message-automation/sessions/s1/messages', {
				type: 'TEXT',
				content: { value: 'Hi' },
			});
			// Unpatched, the body is refused (two oneOf branches match), or the schema does not even compile.
			let unpatched: unknown;
			try {
				unpatched = older.check(text);
			} catch (error) {
				unpatched = error;
			}
			expect(unpatched).not.toEqual([]);
			expect(check(text)).toEqual([]);
		});

		it('still rejects webhook event names neither document has', () => {
			expect(
				check(
					request('POST', '/api/v1/webhooks', {
						url: 'https://x.example.com',
						events: ['AUTOMATION/SESSION_STARTED'],
					}),
				),
			).not.toEqual([]);
		});
	});
});
