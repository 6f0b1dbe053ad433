/**
 * Gladly Trigger (webhook): create / checkExists / delete request shapes from the sandbox log, the
 * PING during create (over real HTTP), the secret header and its 401, de-duplication of retried
 * deliveries, and the bounded "Fetch Full Object".
 */
import { TriggerHarness } from '../../harness/trigger';
import type { WebhookRequest } from '../../harness/trigger';
import { startReceiver } from '../../harness/trigger-receiver';
import type { Receiver } from '../../harness/trigger-receiver';
import { startSandbox } from '../../sandbox';
import type { Sandbox } from '../../sandbox';
import { assertContract } from '../../contract/gladly/contract';
import { gladlyBasicAuth, gladlyCredentials } from './setup';

interface GladlySandbox {
	EMAIL: string;
	state: {
		webhooks: Map<
			string,
			{
				id: string;
				url: string;
				events: string[];
				enabled: boolean;
				headers?: Record<string, string>;
			}
		>;
		pings: string[];
		pingWebhooks: boolean;
	};
	addWebhook(fields: Record<string, unknown>): { id: string };
	addCustomer(fields: Record<string, unknown>): { id: string };
	addConversation(fields: Record<string, unknown>): { id: string };
}

const EVENTS = ['CONVERSATION/CLOSED', 'CONVERSATION/CREATED'];
let sandbox: Sandbox;
let credentials: Record<string, Record<string, string>>;
const gladly = () => sandbox.provider<GladlySandbox>('gladly');
const calls = (method?: string) =>
	sandbox
		.requestsFor('gladly')
		.filter((r) => (!method || r.method === method) && r.path.startsWith('/api/v1/webhooks'));

beforeAll(async () => {
	sandbox = await startSandbox({ providers: ['gladly'], rateLimits: { gladly: false } });
	credentials = gladlyCredentials(sandbox);
});
afterAll(async () => await sandbox.close());
beforeEach(() => {
	sandbox.reset();
	gladly().state.pingWebhooks = false;
});

const harness = async (parameters: Record<string, unknown> = {}, webhookBaseUrl?: string) =>
	await TriggerHarness.create({
		type: 'gladlyTrigger',
		parameters: { events: EVENTS, ...parameters },
		credentials,
		webhookBaseUrl,
	});

const event = (overrides: Record<string, unknown> = {}) => ({
	id: 'evt-1',
	type: 'CONVERSATION/CLOSED',
	timestamp: '2026-01-01T00:00:00.000Z',
	initiator: { id: 'agent-ada', type: 'AGENT' },
	content: { customerId: 'cust-1', conversationId: 'conv-1' },
	...overrides,
});
const withSecret = (trigger: TriggerHarness, body: unknown): WebhookRequest => ({
	body,
	headers: { 'X-N8N-Gladly-Token': String(trigger.staticData.secret) },
});

describe('webhook lifecycle', () => {
	it('creates an enabled webhook with a random secret header, and reads its id from Location', async () => {
		const trigger = await harness();
		expect(await trigger.hook('checkExists')).toBe(false);
		await trigger.hook('create');
		const [post] = calls('POST');
		expect(post.headers.authorization).toBe(gladlyBasicAuth);
		expect(post.body).toEqual({
			name: expect.any(String),
			url: trigger.webhookUrl(),
			events: EVENTS,
			headers: { 'X-N8N-Gladly-Token': expect.stringMatching(/^[0-9a-f]{64}$/) },
			enabled: true,
		});
		const [hook] = [...gladly().state.webhooks.values()];
		expect(trigger.staticData).toEqual({
			webhookId: hook.id,
			secret: (post.body.headers as Record<string, string>)['X-N8N-Gladly-Token'],
		});
		expect(hook.enabled).toBe(true);
		expect(await trigger.hook('checkExists')).toBe(true);
		expect(calls('GET').map((r) => r.path)).toEqual([
			'/api/v1/webhooks',
			'/api/v1/webhooks',
			'/api/v1/webhooks',
		]);
	});

	it('a new activation gets a new secret', async () => {
		const first = await harness();
		await first.activate();
		await first.hook('delete');
		const second = await harness();
		await second.activate();
		expect(second.staticData.secret).not.toBe(
			(calls('POST')[0].body.headers as Record<string, string>)['X-N8N-Gladly-Token'],
		);
	});

	it('answers the PING Gladly sends during create, before any secret exists', async () => {
		let trigger: TriggerHarness | undefined;
		const seen: Array<{ status?: number; items: number }> = [];
		const receiver: Receiver = await startReceiver(async (request) => {
			const out = await (trigger as TriggerHarness).webhook({
				body: request.body,
				headers: request.headers as Record<string, string>,
			});
			seen.push({ status: out.status, items: out.items.length });
			return { status: out.status ?? 200 };
		});
		try {
			gladly().state.pingWebhooks = true;
			trigger = await harness({}, receiver.url);
			await trigger.activate();
			expect(gladly().state.pings).toEqual([trigger.webhookUrl()]);
			expect(seen).toEqual([{ status: 200, items: 0 }]);
			expect(gladly().state.webhooks.size).toBe(1);
		} finally {
			await receiver.close();
		}
	});

	it('names the limit of 20 webhooks and sends no create when it is reached', async () => {
		for (let index = 0; index < 20; index++)
			gladly().addWebhook({ url: `https://elsewhere.example/${index}` });
		const trigger = await harness();
		await expect(trigger.activate()).rejects.toMatchObject({
			message: expect.stringContaining('at most 20 webhooks'),
			description: expect.stringContaining('Gladly Polling Trigger'),
		});
		expect(calls('POST')).toHaveLength(0);
	});

	it('refuses a non-https webhook URL before any request', async () => {
		const trigger = await harness({}, 'http://n8n.example.com');
		await expect(trigger.hook('create')).rejects.toThrow(/https webhook URL/);
		expect(sandbox.requestsFor('gladly')).toHaveLength(0);
	});

	it('replaces a webhook at its URL whose secret it no longer knows (disable, then delete)', async () => {
		const trigger = await harness();
		const old = gladly().addWebhook({ url: trigger.webhookUrl(), events: EVENTS, enabled: true });
		expect(await trigger.hook('checkExists')).toBe(false);
		expect(
			calls()
				.filter((r) => r.method !== 'GET')
				.map((r) => [r.method, r.path, r.body]),
		).toEqual([
			['PATCH', `/api/v1/webhooks/${old.id}`, { enabled: false }],
			['DELETE', `/api/v1/webhooks/${old.id}`, undefined],
		]);
		await trigger.hook('create');
		expect([...gladly().state.webhooks.keys()]).toEqual([trigger.staticData.webhookId]);
	});

	it('deletes by disabling first, as Gladly requires, and clears static data', async () => {
		const trigger = await harness();
		await trigger.activate();
		const id = String(trigger.staticData.webhookId);
		sandbox.clearRequests();
		expect(await trigger.hook('delete')).toBe(true);
		expect(calls().map((r) => [r.method, r.path, r.status])).toEqual([
			['PATCH', `/api/v1/webhooks/${id}`, 204],
			['DELETE', `/api/v1/webhooks/${id}`, 204],
		]);
		expect(gladly().state.webhooks.size).toBe(0);
		expect(trigger.staticData).toEqual({});
	});
});

describe('deliveries', () => {
	let trigger: TriggerHarness;
	beforeEach(async () => {
		trigger = await harness();
		await trigger.activate();
	});

	it('emits the event envelope when the secret header is right', async () => {
		const out = await trigger.webhook(withSecret(trigger, event()));
		expect(out.items).toEqual([{ json: event(), pairedItem: { item: 0 } }]);
	});

	it.each([
		['no secret header', () => ({ body: event() })],
		[
			'a wrong secret',
			() => ({ body: event(), headers: { 'X-N8N-Gladly-Token': 'f'.repeat(64) } }),
		],
		[
			'the secret in another header',
			(t: TriggerHarness) => ({
				body: event(),
				headers: { 'X-Other': String(t.staticData.secret) },
			}),
		],
	])('answers 401 and starts nothing for %s', async (_name, build) => {
		const out = await trigger.webhook(build(trigger));
		expect(out.status).toBe(401);
		expect(out.result).toEqual({ noWebhookResponse: true });
		expect(out.items).toEqual([]);
	});

	it('answers a PING with 200 and starts nothing, even without the secret', async () => {
		const out = await trigger.webhook({
			body: { id: 'p1', type: 'PING', timestamp: '2026-01-01T00:00:00Z', content: {} },
		});
		expect(out.status).toBe(200);
		expect(out.items).toEqual([]);
	});

	it('starts the workflow once for a retried delivery (same envelope id)', async () => {
		expect((await trigger.webhook(withSecret(trigger, event()))).items).toHaveLength(1);
		const retry = await trigger.webhook(withSecret(trigger, event()));
		expect([retry.status, retry.items.length]).toEqual([200, 0]);
		expect((await trigger.webhook(withSecret(trigger, event({ id: 'evt-2' })))).items).toHaveLength(
			1,
		);
	});

	it('ignores event types it was not set up for', async () => {
		const out = await trigger.webhook(withSecret(trigger, event({ type: 'TASK/CREATED' })));
		expect([out.status, out.items.length]).toEqual([200, 0]);
	});
});

describe('message automation and custom channel events', () => {
	it("registers them, checked against the document, and emits a bot conversation's message", async () => {
		const messaging = ['AUTOMATION/MESSAGE_RECEIVED', 'CUSTOM_CHANNEL/MESSAGE_SENT'];
		const trigger = await harness({ events: messaging });
		await trigger.activate();
		const [post] = calls('POST');
		expect(post.body.events).toEqual(messaging);
		assertContract(sandbox.requestsFor('gladly'));
		const received = event({
			type: 'AUTOMATION/MESSAGE_RECEIVED',
			content: {
				sessionId: 'sess-1',
				channelType: 'CHAT',
				customerId: 'cust-1',
				conversationId: 'conv-1',
				message: { id: 'm1', type: 'TEXT', content: { body: 'Where is my order?' } },
			},
		});
		const out = await trigger.webhook(withSecret(trigger, received));
		expect(out.items).toEqual([{ json: received, pairedItem: { item: 0 } }]);
		const ignored = await trigger.webhook(
			withSecret(trigger, event({ id: 'evt-3', type: 'AUTOMATION/MESSAGE_SENT' })),
		);
		expect(ignored.items).toEqual([]);
	});
});

describe('fetch full object', () => {
	it('adds the conversation and customer the event names', async () => {
		const trigger = await harness({ options: { fetchFull: true } });
		await trigger.activate();
		const customer = gladly().addCustomer({ name: 'Jane Doe' });
		const conversation = gladly().addConversation({ customerId: customer.id });
		const out = await trigger.webhook(
			withSecret(
				trigger,
				event({ content: { customerId: customer.id, conversationId: conversation.id } }),
			),
		);
		expect(out.items[0].json).toMatchObject({
			id: 'evt-1',
			customer: { id: customer.id, name: 'Jane Doe' },
			conversation: { id: conversation.id },
		});
		expect(out.items[0].json.fetchError).toBeUndefined();
	});

	it('names what failed in fetchError and keeps the ids', async () => {
		const trigger = await harness({ options: { fetchFull: true } });
		await trigger.activate();
		const customer = gladly().addCustomer({ name: 'Jane Doe' });
		const out = await trigger.webhook(
			withSecret(
				trigger,
				event({ content: { customerId: customer.id, conversationId: 'missing' } }),
			),
		);
		expect(out.items[0].json).toMatchObject({
			content: { conversationId: 'missing' },
			customer: { id: customer.id },
			fetchError: expect.stringContaining('conversation'),
		});
	});

	it('gives up after 5 seconds in total, so Gladly gets its answer in time', async () => {
		const trigger = await harness({ options: { fetchFull: true } });
		await trigger.activate();
		const customer = gladly().addCustomer({ name: 'Jane Doe' });
		sandbox.inject({
			provider: 'gladly',
			path: `/api/v1/customer-profiles/${customer.id}`,
			fault: 'delay',
			ms: 8_000,
		});
		const started = Date.now();
		const out = await trigger.webhook(
			withSecret(trigger, event({ content: { customerId: customer.id } })),
		);
		expect(Date.now() - started).toBeLessThan(6_500);
		expect(out.items[0].json).toMatchObject({
			content: { customerId: customer.id },
			fetchError: expect.stringMatching(
				/^Could not fetch (customer: .*ECONNABORTED|no answer within 5 s for customer)/,
			),
		});
		expect(out.items[0].json.customer).toBeUndefined();
	}, 20_000);
});
