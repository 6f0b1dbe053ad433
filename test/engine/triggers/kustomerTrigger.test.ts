/**
 * Kustomer Trigger (signed outbound webhook): create / checkExists / delete request shapes from the
 * sandbox log, the limit of 5 webhooks, the token read-back, and verification of deliveries.
 */
import { hmacSha256Hex } from '../../../nodes/shared/webhook';
import { TriggerHarness } from '../../harness/trigger';
import { startReceiver } from '../../harness/trigger-receiver';
import type { Receiver } from '../../harness/trigger-receiver';
import { startSandbox } from '../../sandbox';
import type { Sandbox } from '../../sandbox';
import { KUSTOMER_KEY, kustomerCredentials } from './setup';

interface Hook {
	id: string;
	url: string;
	events: string[];
	token: string;
}
interface OutboundWebhooks {
	hooks: Map<string, Hook>;
	omitTokenOnCreate: boolean;
	deliver(
		id: string,
		payload: unknown,
		options?: { signature?: string | null },
	): Promise<{ status: number; body: string }>;
}

const EVENTS = ['kustomer.customer.create', 'kustomer.customer.update'];
let sandbox: Sandbox;
let credentials: Record<string, Record<string, string>>;
const ext = () =>
	sandbox.provider<{ outboundWebhooks: OutboundWebhooks }>('kustomer').outboundWebhooks;
const calls = (method: string) =>
	sandbox
		.requestsFor('kustomer')
		.filter((r) => r.method === method && r.path.startsWith('/v1/outbound-webhooks'));

beforeAll(async () => {
	sandbox = await startSandbox({ providers: ['kustomer'], rateLimits: { kustomer: false } });
	credentials = kustomerCredentials(sandbox);
});
afterAll(async () => await sandbox.close());
beforeEach(() => sandbox.reset());

const harness = async (events = EVENTS, webhookBaseUrl?: string) =>
	await TriggerHarness.create({
		type: 'kustomerTrigger',
		parameters: { events },
		credentials,
		webhookBaseUrl,
	});

const delivery = (overrides: Record<string, unknown> = {}) => ({
	id: 'evt-1',
	name: 'kustomer.customer.update',
	org: 'org-1',
	data: {
		type: 'customer',
		id: 'c1',
		attributes: { name: 'Jane Doe', updatedAt: '2026-01-01T00:00:00.000Z' },
		relationships: { company: { data: { type: 'company', id: 'co1' } } },
	},
	createdAt: new Date().toISOString(),
	changes: {
		attributes: { name: { op: 'replace', before: 'Jane', after: 'Jane Doe' } },
		relationships: {},
	},
	...overrides,
});

const signed = (
	trigger: TriggerHarness,
	payload: unknown,
	token = String(trigger.staticData.token),
) => {
	const rawBody = JSON.stringify(payload);
	return {
		body: payload,
		rawBody,
		headers: {
			'X-Kustomer-Webhook-Signature': hmacSha256Hex(token, rawBody),
			'Content-Type': 'application/json',
		},
	};
};

describe('webhook lifecycle', () => {
	it('creates one outbound webhook with the node URL and events, and keeps id and token', async () => {
		const trigger = await harness();
		expect(await trigger.hook('checkExists')).toBe(false);
		expect(await trigger.hook('create')).toBe(true);

		const [post] = calls('POST');
		expect(post.path).toBe('/v1/outbound-webhooks');
		expect(post.headers.authorization).toBe(`Bearer ${KUSTOMER_KEY}`);
		expect(post.body).toEqual({
			name: expect.stringContaining('Trigger'),
			url: trigger.webhookUrl(),
			events: EVENTS,
		});
		const [hook] = [...ext().hooks.values()];
		expect(trigger.staticData).toEqual({ webhookId: hook.id, token: hook.token });
		expect(await trigger.hook('checkExists')).toBe(true);
		expect(calls('GET').map((r) => r.path)).toEqual([
			'/v1/outbound-webhooks',
			'/v1/outbound-webhooks',
			'/v1/outbound-webhooks',
		]);
	});

	it('reads the token with a GET when the create response lacks it', async () => {
		ext().omitTokenOnCreate = true;
		const trigger = await harness();
		await trigger.activate();
		const [hook] = [...ext().hooks.values()];
		expect(calls('GET').map((r) => r.path)).toContain(`/v1/outbound-webhooks/${hook.id}`);
		expect(trigger.staticData.token).toBe(hook.token);
	});

	it('refuses a sixth webhook naming the limit of 5 and the polling trigger, without sending the create', async () => {
		for (let index = 0; index < 5; index++)
			ext().hooks.set(`h${index}`, {
				id: `h${index}`,
				url: `https://other/${index}`,
				events: EVENTS,
				token: 't',
			});
		const trigger = await harness();
		await expect(trigger.activate()).rejects.toMatchObject({
			message: expect.stringContaining('at most 5 outbound webhooks'),
			description: expect.stringContaining('Kustomer Polling Trigger'),
		});
		expect(calls('POST')).toHaveLength(0);
	});

	it('refuses a non-https webhook URL before any request', async () => {
		const trigger = await harness(EVENTS, 'http://n8n.example.com');
		await expect(trigger.hook('create')).rejects.toThrow(/https webhook URL/);
		expect(sandbox.requestsFor('kustomer')).toHaveLength(0);
	});

	it('replaces a webhook whose events no longer match, so no leftover spends the limit', async () => {
		const trigger = await harness();
		await trigger.activate();
		const first = String(trigger.staticData.webhookId);
		const changed = await harness(['kustomer.conversation.create']);
		Object.assign(changed.staticData, trigger.staticData);
		await changed.activate();
		expect(calls('DELETE').map((r) => r.path)).toEqual([`/v1/outbound-webhooks/${first}`]);
		expect([...ext().hooks.values()].map((h) => h.events)).toEqual([
			['kustomer.conversation.create'],
		]);
		expect(changed.staticData.webhookId).not.toBe(first);
	});

	it('deletes the webhook and clears static data; a webhook already gone is fine', async () => {
		const trigger = await harness();
		await trigger.activate();
		const id = String(trigger.staticData.webhookId);
		expect(await trigger.hook('delete')).toBe(true);
		expect(calls('DELETE').map((r) => r.path)).toEqual([`/v1/outbound-webhooks/${id}`]);
		expect(ext().hooks.size).toBe(0);
		expect(trigger.staticData).toEqual({});
		trigger.staticData.webhookId = id;
		expect(await trigger.hook('delete')).toBe(true);
		expect(calls('DELETE').map((r) => r.status)).toEqual([204, 404]);
	});
});

describe('deliveries', () => {
	let trigger: TriggerHarness;
	beforeEach(async () => {
		trigger = await harness();
		await trigger.activate();
	});

	it('emits the object and its changes for a correctly signed delivery', async () => {
		const out = await trigger.webhook(signed(trigger, delivery()));
		expect(out.status).toBeUndefined();
		expect(out.items).toEqual([
			{
				json: {
					event: 'kustomer.customer.update',
					eventId: 'evt-1',
					createdAt: expect.any(String),
					object: {
						id: 'c1',
						name: 'Jane Doe',
						updatedAt: '2026-01-01T00:00:00.000Z',
						company: 'co1',
					},
					changes: {
						attributes: { name: { op: 'replace', before: 'Jane', after: 'Jane Doe' } },
						relationships: {},
					},
				},
				pairedItem: { item: 0 },
			},
		]);
	});

	it.each([
		[
			'a forged signature',
			(t: TriggerHarness) => ({
				...signed(t, delivery()),
				headers: { 'X-Kustomer-Webhook-Signature': 'f'.repeat(64) },
			}),
		],
		['no signature', () => ({ body: delivery(), rawBody: JSON.stringify(delivery()) })],
		[
			'a signature made with another token',
			(t: TriggerHarness) => signed(t, delivery(), 'not-the-token'),
		],
		[
			'a body changed after signing',
			(t: TriggerHarness) => ({
				...signed(t, delivery()),
				rawBody: JSON.stringify(delivery({ id: 'evt-2' })),
			}),
		],
	])('answers 401 and starts nothing for %s', async (_name, build) => {
		const out = await trigger.webhook(build(trigger));
		expect(out.status).toBe(401);
		expect(out.result).toEqual({ noWebhookResponse: true });
		expect(out.items).toEqual([]);
	});

	it('answers 401 when the node has no token (never activated)', async () => {
		const fresh = await harness();
		const out = await fresh.webhook(signed(fresh, delivery(), 'anything'));
		expect(out.status).toBe(401);
	});

	it('starts the workflow once for a retried delivery (same envelope id)', async () => {
		expect((await trigger.webhook(signed(trigger, delivery()))).items).toHaveLength(1);
		const retry = await trigger.webhook(signed(trigger, delivery()));
		expect(retry.status).toBe(200);
		expect(retry.items).toEqual([]);
		expect((await trigger.webhook(signed(trigger, delivery({ id: 'evt-2' })))).items).toHaveLength(
			1,
		);
		expect(
			(trigger.staticData.deliveries as { seen: Array<[string, unknown]> }).seen.map(([id]) => id),
		).toEqual(['evt-1', 'evt-2']);
	});

	it('refuses a replay even when n8n did not save what the trigger wrote while answering', async () => {
		// What n8n 2.41.1 does to a webhook trigger's static data when the delivery starts an execution:
		// the write is never saved, so the next delivery sees the static data from before.
		const before = structuredClone(trigger.staticData);
		expect(
			(await trigger.webhook(signed(trigger, delivery({ id: 'evt-lost' })))).items,
		).toHaveLength(1);
		for (const key of Object.keys(trigger.staticData)) delete trigger.staticData[key];
		Object.assign(trigger.staticData, before);
		const replay = await trigger.webhook(signed(trigger, delivery({ id: 'evt-lost' })));
		expect(replay.status).toBe(200);
		expect(replay.items).toEqual([]);
	});

	it('remembers per registered webhook: after re-activation (a new token) the same id starts again', async () => {
		expect(
			(await trigger.webhook(signed(trigger, delivery({ id: 'evt-again' })))).items,
		).toHaveLength(1);
		await trigger.hook('delete');
		for (const key of Object.keys(trigger.staticData)) delete trigger.staticData[key];
		await trigger.activate();
		expect(
			(await trigger.webhook(signed(trigger, delivery({ id: 'evt-again' })))).items,
		).toHaveLength(1);
		expect((await trigger.webhook(signed(trigger, delivery({ id: 'evt-again' })))).items).toEqual(
			[],
		);
	});

	const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

	it.each([
		['created 11 minutes ago', { createdAt: minutesAgo(11) }],
		['created a day ago', { createdAt: minutesAgo(24 * 60) }],
		['created 6 minutes in the future', { createdAt: minutesAgo(-6) }],
		['without createdAt', { createdAt: undefined }],
		['with an unreadable createdAt', { createdAt: 'yesterday' }],
	])(
		'refuses a correctly signed delivery %s: 400, nothing started, nothing remembered',
		async (_name, overrides) => {
			const out = await trigger.webhook(signed(trigger, delivery({ id: 'evt-old', ...overrides })));
			expect(out.status).toBe(400);
			expect(out.sent).toEqual({ message: expect.stringContaining('more than 10 minutes') });
			expect(out.items).toEqual([]);
			expect(trigger.staticData.deliveries).toBeUndefined();
		},
	);

	it("accepts a delivery 9 minutes old (a Kustomer retry) and one a little ahead of n8n's clock", async () => {
		expect(
			(
				await trigger.webhook(
					signed(trigger, delivery({ id: 'evt-retry', createdAt: minutesAgo(9) })),
				)
			).items,
		).toHaveLength(1);
		expect(
			(
				await trigger.webhook(
					signed(trigger, delivery({ id: 'evt-ahead', createdAt: minutesAgo(-2) })),
				)
			).items,
		).toHaveLength(1);
	});

	it('a captured delivery replayed after 500 others starts nothing', async () => {
		const captured = signed(trigger, delivery({ id: 'evt-captured' }));
		expect((await trigger.webhook(captured)).items).toHaveLength(1);
		for (let index = 0; index < 500; index++)
			expect(
				(await trigger.webhook(signed(trigger, delivery({ id: `evt-other-${index}` })))).items,
			).toHaveLength(1);
		const replay = await trigger.webhook(captured);
		expect(replay.items).toEqual([]);
		expect(replay.status).toBe(200);
	});

	it('a replay after more deliveries than it remembers (2,000) is refused, and static data stays bounded', async () => {
		const captured = signed(trigger, delivery({ id: 'evt-captured', createdAt: minutesAgo(1) }));
		expect((await trigger.webhook(captured)).items).toHaveLength(1);
		for (let index = 0; index < 2_050; index++)
			await trigger.webhook(signed(trigger, delivery({ id: `evt-flood-${index}` })));
		const replay = await trigger.webhook(captured);
		expect(replay.items).toEqual([]);
		expect(replay.status).toBe(400);
		const { seen } = trigger.staticData.deliveries as { seen: unknown[] };
		expect(seen.length).toBeLessThanOrEqual(2_000);
		expect(JSON.stringify(trigger.staticData).length).toBeLessThan(2_000 * 40);
	});

	it('ignores events it did not subscribe to', async () => {
		const out = await trigger.webhook(signed(trigger, delivery({ name: 'kustomer.team.update' })));
		expect(out.status).toBe(200);
		expect(out.items).toEqual([]);
	});
});

describe('a real delivery over HTTP', () => {
	let receiver: Receiver;
	let trigger: TriggerHarness;
	afterEach(async () => await receiver.close());

	it('verifies the HMAC over the raw bytes Kustomer sent', async () => {
		receiver = await startReceiver(async (request) => {
			const out = await trigger.webhook({
				body: request.body,
				rawBody: request.rawBody,
				headers: request.headers as Record<string, string>,
			});
			return { status: out.status ?? 200, body: { items: out.items.length } };
		});
		trigger = await harness(EVENTS, receiver.url);
		await trigger.activate();
		const id = String(trigger.staticData.webhookId);
		// Whitespace the node never re-serialises: the signature covers these exact bytes.
		const raw = JSON.stringify(delivery(), null, 2);
		expect(await ext().deliver(id, raw)).toEqual({
			status: 200,
			body: JSON.stringify({ items: 1 }),
		});
		expect(await ext().deliver(id, delivery({ id: 'evt-9' }), { signature: null })).toEqual({
			status: 401,
			body: JSON.stringify({ items: 0 }),
		});
	});
});
