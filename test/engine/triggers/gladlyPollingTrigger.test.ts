/**
 * Gladly Polling Trigger against the sandbox's Events API, on a controlled clock (only Date is
 * faked; timers and sockets are real): first activation, the 15 s settle time, late events and
 * equal timestamps at the window boundary, de-duplication by id, a failed read, the 24 h limit and
 * manual mode.
 */
import { TriggerHarness } from '../../harness/trigger';
import { startSandbox } from '../../sandbox';
import type { Sandbox } from '../../sandbox';
import { gladlyBasicAuth, gladlyCredentials } from './setup';

interface GladlySandbox {
	addEvent(event: Record<string, unknown>): { id: string };
	addCustomer(fields: Record<string, unknown>): { id: string };
}

let sandbox: Sandbox;
let credentials: Record<string, Record<string, string>>;
let now = Date.parse('2026-03-01T12:00:00.000Z');
const gladly = () => sandbox.provider<GladlySandbox>('gladly');
const eventCalls = () => sandbox.requestsFor('gladly').filter((r) => r.path === '/api/v1/events');
const at = (ms: number) => new Date(ms).toISOString();
const addEvent = (id: string, timestampMs: number, type = 'CONVERSATION/CLOSED') =>
	gladly().addEvent({
		id,
		type,
		timestamp: at(timestampMs),
		content: { conversationId: `conv-${id}`, customerId: 'cust-1' },
	});
const ids = (out: Awaited<ReturnType<TriggerHarness['poll']>>) =>
	out ? out[0].map((item) => item.json.id) : [];
const advance = (ms: number) => {
	now += ms;
	jest.setSystemTime(now);
};

beforeAll(async () => {
	jest.useFakeTimers({
		doNotFake: [
			'nextTick',
			'setImmediate',
			'clearImmediate',
			'setTimeout',
			'clearTimeout',
			'setInterval',
			'clearInterval',
			'queueMicrotask',
			'hrtime',
			'performance',
		],
	});
	jest.setSystemTime(now);
	sandbox = await startSandbox({ providers: ['gladly'], rateLimits: { gladly: false } });
	credentials = gladlyCredentials(sandbox);
});
afterAll(async () => {
	await sandbox.close();
	jest.useRealTimers();
});
beforeEach(() => sandbox.reset());

const trigger = async (parameters: Record<string, unknown> = {}) =>
	await TriggerHarness.create({
		type: 'gladlyPollingTrigger',
		parameters: { entities: ['CONVERSATION', 'TASK'], ...parameters },
		credentials,
	});

it('emits nothing on first activation, then each settled event once, in timestamp order', async () => {
	addEvent('old', now - 60_000);
	const node = await trigger();
	expect(await node.poll()).toBeNull();
	// One read of a second, only to learn Gladly's clock (its Date header); nothing is emitted.
	expect(eventCalls()).toHaveLength(1);
	expect(node.staticData).toEqual({ cursor: { since: at(now - 15_000), recent: [], skewMs: 0 } });

	addEvent('b', now + 2_000);
	addEvent('a', now - 5_000);
	addEvent('t', now + 3_000, 'TASK/CREATED');
	advance(30_000);
	addEvent('fresh', now - 5_000); // younger than 15 s: not read yet
	expect(ids(await node.poll())).toEqual(['a', 'b', 't']);
	const call = eventCalls()[1];
	expect(call.query).toEqual({
		startAt: at(now - 30_000 - 30_000),
		endAt: at(now - 15_000),
		entities: ['CONVERSATION', 'TASK'],
	});
	expect(call.headers.authorization).toBe(gladlyBasicAuth);

	advance(30_000);
	expect(ids(await node.poll())).toEqual(['fresh']);
	expect(await node.poll()).toBeNull();
});

it('emits 3 events with an equal timestamp once each, when the third shows up after the first two were emitted', async () => {
	const node = await trigger();
	await node.poll();
	advance(60_000);
	const boundary = now - 16_000;
	addEvent('s1', boundary);
	addEvent('s2', boundary);
	expect(ids(await node.poll())).toEqual(['s1', 's2']);
	addEvent('s3', boundary); // late: Gladly published it after our read
	advance(10_000);
	expect(ids(await node.poll())).toEqual(['s3']);
	advance(60_000);
	expect(await node.poll()).toBeNull();
});

it('keeps the cursor when a read fails, and the next poll emits the same window once', async () => {
	const node = await trigger();
	await node.poll();
	const before = JSON.stringify(node.staticData);
	addEvent('x1', now + 1_000);
	addEvent('x2', now + 2_000);
	advance(60_000);
	sandbox.inject({
		provider: 'gladly',
		path: '/api/v1/events',
		fault: 'status',
		status: 503,
		retryAfter: 0.001,
		times: 5,
	});
	await expect(node.poll()).rejects.toThrow(/503/);
	expect(JSON.stringify(node.staticData)).toBe(before);
	expect(ids(await node.poll())).toEqual(['x1', 'x2']);
	expect(await node.poll()).toBeNull();
});

it('keeps only the ids of the last 15 s in static data', async () => {
	const node = await trigger();
	await node.poll();
	for (let index = 0; index < 50; index++) addEvent(`m${index}`, now + index * 100);
	advance(40_000);
	expect(ids(await node.poll())).toHaveLength(50);
	const cursor = node.staticData.cursor as { since: string; recent: string[] };
	expect(cursor.since).toBe(at(now - 15_000));
	expect(cursor.recent).toEqual([]);
	expect(Object.keys(node.staticData)).toEqual(['cursor']);
});

it('filters by event type when asked', async () => {
	const node = await trigger({ options: { eventTypes: ['CONVERSATION/CREATED'] } });
	await node.poll();
	addEvent('closed', now + 1_000, 'CONVERSATION/CLOSED');
	addEvent('created', now + 2_000, 'CONVERSATION/CREATED');
	advance(30_000);
	expect(ids(await node.poll())).toEqual(['created']);
});

it('starts no older than Gladly allows after a long pause, and warns', async () => {
	const node = await trigger();
	node.staticData.cursor = { since: at(now - 30 * 3_600_000), recent: [] };
	addEvent('kept', now - 3_600_000);
	expect(ids(await node.poll())).toEqual(['kept']);
	const startAt = Date.parse(String(eventCalls()[0].query.startAt));
	expect(now - startAt).toBeLessThan(24 * 3_600_000);
});

it('manual mode returns the newest event of the last hour and leaves the cursor alone', async () => {
	const node = await trigger();
	await node.poll();
	const before = JSON.stringify(node.staticData);
	addEvent('m1', now - 600_000);
	addEvent('m2', now - 300_000);
	const sample = await node.poll('manual');
	expect(sample?.[0]).toEqual([
		{
			json: expect.objectContaining({ id: 'm2', type: 'CONVERSATION/CLOSED' }),
			pairedItem: { item: 0 },
		},
	]);
	expect(JSON.stringify(node.staticData)).toBe(before);
});

it('fetches the full objects each event names when asked', async () => {
	const node = await trigger({ options: { fetchFull: true } });
	await node.poll();
	const customer = gladly().addCustomer({ name: 'Jane Doe' });
	gladly().addEvent({
		id: 'f1',
		type: 'CONVERSATION/CLOSED',
		timestamp: at(now + 1_000),
		content: { customerId: customer.id, conversationId: 'gone' },
	});
	advance(30_000);
	const out = await node.poll();
	expect(out?.[0][0].json).toMatchObject({
		id: 'f1',
		customer: { id: customer.id, name: 'Jane Doe' },
		fetchError: expect.stringContaining('conversation'),
	});
});

it('fails the poll and keeps the cursor when the event stream breaks off mid-line', async () => {
	const node = await trigger();
	await node.poll();
	const before = JSON.stringify(node.staticData);
	addEvent('y1', now + 1_000);
	advance(30_000);
	const broken = `${JSON.stringify({ id: 'y1', type: 'CONVERSATION/CLOSED', timestamp: at(now - 29_000), content: {} })}\n{"id":"y2","ty`;
	sandbox.inject({
		provider: 'gladly',
		path: '/api/v1/events',
		fault: 'status',
		status: 200,
		body: broken,
		headers: { 'content-type': 'application/x-jsonlines' },
	});
	await expect(node.poll()).rejects.toThrow('broke off in the middle of an event');
	expect(JSON.stringify(node.staticData)).toBe(before);
	expect(ids(await node.poll())).toEqual(['y1']);
});

describe.each([
	['ahead of', 40_000],
	['behind', -40_000],
])("with n8n's clock 40 s %s Gladly's", (_name, offset) => {
	let skewed: Sandbox;
	const gladlyNow = () => Date.now() - offset;
	beforeAll(async () => {
		skewed = await startSandbox({
			providers: ['gladly'],
			rateLimits: { gladly: false },
			now: gladlyNow,
		});
	});
	afterAll(async () => await skewed.close());

	it("emits each of 30 events exactly once, in order (windows follow Gladly's Date header)", async () => {
		const node = await TriggerHarness.create({
			type: 'gladlyPollingTrigger',
			parameters: { entities: ['CONVERSATION'] },
			credentials: gladlyCredentials(skewed),
		});
		const provider = skewed.provider<GladlySandbox>('gladly');
		expect(await node.poll()).toBeNull();
		const emitted: unknown[] = [];
		const expected: string[] = [];
		for (let index = 0; index < 30; index++) {
			// Each event happens at Gladly's present; n8n polls every 20 s.
			provider.addEvent({
				id: `k${index}`,
				type: 'CONVERSATION/CLOSED',
				timestamp: at(gladlyNow()),
				content: { conversationId: `conv-${index}` },
			});
			expected.push(`k${index}`);
			advance(5_000);
			if (index % 4 === 3) emitted.push(...ids(await node.poll()));
		}
		advance(60_000);
		emitted.push(...ids(await node.poll()));
		expect(await node.poll()).toBeNull();
		expect(emitted).toEqual(expected);
		expect((node.staticData.cursor as { skewMs: number }).skewMs).toBe(-offset);
		// No window ever ends after Gladly's now minus the 15 s it takes events to settle.
		for (const request of skewed.requestsFor('gladly'))
			expect(Date.parse(String(request.query.endAt))).toBeLessThanOrEqual(
				request.time - 15_000 + 1_000,
			);
	});
});
