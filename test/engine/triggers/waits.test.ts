/**
 * Every wait is bounded, on the trigger harness against the sandbox: a rate-limit reset days away or a
 * Retry-After of an hour fails at once with the wait named (429 and 5xx alike); a reset sent in epoch
 * milliseconds is waited for as such; a Retry-After of 0, blank or negative backs off instead of
 * resending at once (a POST answered 429 included).
 */
import { TriggerHarness } from '../../harness/trigger';
import { startSandbox } from '../../sandbox';
import type { Sandbox } from '../../sandbox';
import { kustomerCredentials } from './setup';

let sandbox: Sandbox;
let credentials: Record<string, Record<string, string>>;
const searches = () =>
	sandbox.requestsFor('kustomer').filter((r) => r.path === '/v1/customers/search');
const creates = () =>
	sandbox
		.requestsFor('kustomer')
		.filter((r) => r.method === 'POST' && r.path === '/v1/outbound-webhooks');

beforeAll(async () => {
	sandbox = await startSandbox({ providers: ['kustomer'], rateLimits: { kustomer: false } });
	credentials = kustomerCredentials(sandbox);
});
afterAll(async () => await sandbox.close());
beforeEach(() => sandbox.reset());

const poller = async () =>
	await TriggerHarness.create({
		type: 'kustomerPollingTrigger',
		parameters: {
			resource: 'customer',
			event: 'newOrUpdated',
			startDate: new Date(Date.now() - 60_000).toISOString(),
		},
		credentials,
	});
const onSearch = { provider: 'kustomer', path: '/v1/customers/search' };
const timed = async <T>(work: () => Promise<T>) => {
	const started = Date.now();
	const result = await work().catch((error: unknown) => error);
	return { result, ms: Date.now() - started };
};

describe('rate-limit resets', () => {
	it('a reset 3 days away fails the poll at once, naming the wait, after one request', async () => {
		const node = await poller();
		sandbox.inject({
			...onSearch,
			fault: 'status',
			status: 429,
			retryAfter: null,
			headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(3 * 86_400) },
			times: 5,
		});
		const { result, ms } = await timed(async () => await node.poll());
		expect(result).toBeInstanceOf(Error);
		expect((result as Error).message).toMatch(
			/Kustomer is not accepting requests now: it answered 429 and asks to wait 3 days/,
		);
		expect(ms).toBeLessThan(2_000);
		expect(searches()).toHaveLength(1);
		expect(node.staticData.cursor).toEqual({ since: expect.any(String), seen: [] });
	});

	it('the same reset as an epoch time 3 days ahead (seconds) fails the same way', async () => {
		const node = await poller();
		sandbox.inject({
			...onSearch,
			fault: 'status',
			status: 429,
			retryAfter: null,
			headers: {
				'x-ratelimit-remaining': '0',
				'x-ratelimit-reset': String(Math.round(Date.now() / 1000) + 3 * 86_400),
			},
		});
		const { result, ms } = await timed(async () => await node.poll());
		expect((result as Error).message).toMatch(/asks to wait 3 days/);
		expect(ms).toBeLessThan(2_000);
	});

	it('a 200 that spends the last request of a 3-day window: the next request is not sent, the poll keeps what arrived', async () => {
		const node = await poller();
		const kustomer = sandbox.provider<{
			insert(
				type: string,
				attributes: Record<string, unknown>,
				rel?: Record<string, unknown>,
				id?: string,
			): unknown;
		}>('kustomer');
		for (let index = 0; index < 600; index++) {
			const at = new Date(Date.now() - 50_000 + index).toISOString();
			kustomer.insert(
				'customer',
				{ name: `w${index}`, createdAt: at, updatedAt: at },
				{},
				`w${String(index).padStart(4, '0')}`,
			);
		}
		sandbox.setRateLimit('kustomer', { limit: 1, windowMs: 3 * 86_400_000 });
		try {
			const { result, ms } = await timed(async () => await node.poll());
			expect(ms).toBeLessThan(2_000);
			expect(searches()).toHaveLength(1);
			expect((result as Array<Array<{ json: { id: string } }>>)[0]).toHaveLength(500);
			// The cursor follows what was emitted: the next poll (a new run) goes on from record 500.
			expect(node.staticData.cursor).toEqual({ since: expect.any(String), seen: ['w0499'] });
		} finally {
			sandbox.setRateLimit('kustomer', false);
		}
	});

	it('a reset in epoch milliseconds 1.5 s ahead is waited for (about 1.5 s, not a busy loop, not 50,000 years)', async () => {
		const node = await poller();
		sandbox.inject({
			...onSearch,
			fault: 'status',
			status: 429,
			retryAfter: null,
			headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Date.now() + 1_500) },
		});
		const { result, ms } = await timed(async () => await node.poll());
		expect(result).toBeNull();
		expect(searches()).toHaveLength(2);
		expect(searches()[1].time - searches()[0].time).toBeGreaterThanOrEqual(1_200);
		expect(ms).toBeLessThan(5_000);
	});
});

describe('Retry-After', () => {
	it.each([
		['429', 429],
		['503', 503],
	])(
		'an hour (3600) on a %s fails the poll at once with the wait named; no second request',
		async (_name, status) => {
			const node = await poller();
			sandbox.inject({ ...onSearch, fault: 'status', status, retryAfter: 3600, times: 5 });
			const { result, ms } = await timed(async () => await node.poll());
			expect((result as Error).message).toMatch(
				new RegExp(`it answered ${status} and asks to wait 60 min`),
			);
			expect(ms).toBeLessThan(2_000);
			expect(searches()).toHaveLength(1);
		},
	);

	it.each([['0'], [' '], ['-3']])(
		'"%s" on a POST answered 429 backs off (at least 250 ms, then 500 ms) instead of resending at once',
		async (value) => {
			const trigger = await TriggerHarness.create({
				type: 'kustomerTrigger',
				parameters: { events: ['kustomer.customer.create'] },
				credentials,
			});
			sandbox.inject({
				provider: 'kustomer',
				method: 'POST',
				path: '/v1/outbound-webhooks',
				fault: 'status',
				status: 429,
				retryAfter: value,
				times: 2,
			});
			await trigger.activate();
			const times = creates().map((request) => request.time);
			expect(times).toHaveLength(3);
			expect(times[1] - times[0]).toBeGreaterThanOrEqual(240);
			expect(times[2] - times[1]).toBeGreaterThanOrEqual(490);
			expect(trigger.staticData.webhookId).toEqual(expect.any(String));
		},
	);
});
