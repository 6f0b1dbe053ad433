import { Pacer } from '../../../nodes/shared/pacer';
import { readKustomerRateLimit } from '../../../nodes/Kustomer/transport';

describe('Pacer', () => {
	let now: number;
	let pacer: Pacer;
	beforeEach(() => {
		now = 1_000_000;
		pacer = new Pacer(() => now);
	});

	it('lets `limit` requests through per window, then waits for the oldest to leave it', () => {
		pacer.observe('default', { limit: 3, remaining: 2, windowMs: 1000 });
		expect([
			pacer.delayFor('default'),
			pacer.delayFor('default'),
			pacer.delayFor('default'),
		]).toEqual([0, 0, 0]);
		const wait = pacer.delayFor('default');
		expect(wait).toBeGreaterThan(1000);
		expect(wait).toBeLessThan(1100);
		now += wait;
		expect(pacer.delayFor('default')).toBe(0);
	});

	it('waits until the announced reset when nothing is left', () => {
		pacer.observe('default', { remaining: 0, windowMs: 60_000, resetAtMs: now + 5000 });
		const wait = pacer.delayFor('default');
		expect(wait).toBeGreaterThanOrEqual(5000);
		expect(wait).toBeLessThan(5100);
	});

	it('with an announced reset, spends the whole budget and resumes right at the reset', () => {
		pacer.observe('default', { limit: 5, remaining: 3, windowMs: 60_000, resetAtMs: now + 30_000 });
		expect([
			pacer.delayFor('default'),
			pacer.delayFor('default'),
			pacer.delayFor('default'),
		]).toEqual([0, 0, 0]);
		pacer.observe('default', { limit: 5, remaining: 0, windowMs: 60_000, resetAtMs: now + 30_000 });
		const wait = pacer.delayFor('default');
		expect(wait).toBeGreaterThanOrEqual(30_000);
		expect(wait).toBeLessThan(30_100);
	});

	it('with several requests in flight, counts those sent after a response against what it says is left', async () => {
		pacer.observe('default', {
			limit: 10,
			remaining: 4,
			windowMs: 60_000,
			resetAtMs: now + 30_000,
		});
		// Four requests go out at once; the budget is spent, the fifth waits for the reset.
		const numbers: number[] = [];
		for (let i = 0; i < 4; i++) numbers.push(Number((await pacer.acquire('default')).seq));
		expect(pacer.delayFor('default')).toBeGreaterThanOrEqual(30_000);
		// The first one's response still says 3 left, but three requests went out after it: nothing is left.
		pacer.observe(
			'default',
			{ limit: 10, remaining: 3, windowMs: 60_000, resetAtMs: now + 30_000 },
			numbers[0],
		);
		expect(pacer.delayFor('default')).toBeGreaterThanOrEqual(30_000);
	});

	it('a response that overtook older requests does not take them as counted (they may reach the provider later)', async () => {
		const reset = now + 30_000;
		pacer.observe('default', { limit: 10, remaining: 4, windowMs: 60_000, resetAtMs: reset });
		const seqs: number[] = [];
		for (let i = 0; i < 4; i++) seqs.push(Number((await pacer.acquire('default')).seq));
		// d reached the provider second and says 2 left; b and c are still on their way: 0 left, not 2.
		pacer.observe(
			'default',
			{ limit: 10, remaining: 2, windowMs: 60_000, resetAtMs: reset },
			seqs[3],
		);
		expect(pacer.delayFor('default')).toBeGreaterThanOrEqual(30_000);
		// b and c arrived after d (their counts are lower): nothing is given back.
		pacer.observe(
			'default',
			{ limit: 10, remaining: 1, windowMs: 60_000, resetAtMs: reset },
			seqs[1],
		);
		pacer.observe(
			'default',
			{ limit: 10, remaining: 0, windowMs: 60_000, resetAtMs: reset },
			seqs[2],
		);
		expect(pacer.delayFor('default')).toBeGreaterThanOrEqual(30_000);
	});

	it('an older request answered late, already counted by the newer reading, gives its slot back', async () => {
		const reset = now + 30_000;
		pacer.observe('default', { limit: 10, remaining: 10, windowMs: 60_000, resetAtMs: reset });
		const seqs: number[] = [];
		for (let i = 0; i < 4; i++) seqs.push(Number((await pacer.acquire('default')).seq));
		// The last one answers first: 8 left at the provider, three older ones unanswered -> 5 to spend.
		pacer.observe(
			'default',
			{ limit: 10, remaining: 8, windowMs: 60_000, resetAtMs: reset },
			seqs[3],
		);
		// The first one's count (9) is above 8: it was counted before the last one -> 6.
		pacer.observe(
			'default',
			{ limit: 10, remaining: 9, windowMs: 60_000, resetAtMs: reset },
			seqs[0],
		);
		// The other two arrived after it (7, 6): nothing more back. The provider now has 6 left, and so do we.
		pacer.observe(
			'default',
			{ limit: 10, remaining: 7, windowMs: 60_000, resetAtMs: reset },
			seqs[1],
		);
		pacer.observe(
			'default',
			{ limit: 10, remaining: 6, windowMs: 60_000, resetAtMs: reset },
			seqs[2],
		);
		const waits = Array.from({ length: 7 }, () => pacer.delayFor('default'));
		expect(waits.slice(0, 6)).toEqual([0, 0, 0, 0, 0, 0]);
		expect(waits[6]).toBeGreaterThanOrEqual(30_000);
	});

	it('without an announced reset, counts an answered request from its answer: a slow connection cannot end the window early', async () => {
		// The provider counts a request from its arrival, somewhere between our send and its answer.
		const snapshot = { limit: 2, remaining: 1, windowMs: 1000 };
		const first = await pacer.acquire('default', { limit: 2, windowMs: 1000 });
		now += 40; // its connection took 40 ms to open: it arrived at most now
		pacer.observe('default', snapshot, first.seq);
		const second = await pacer.acquire('default');
		now += 5;
		pacer.observe('default', { ...snapshot, remaining: 0 }, second.seq);
		// Sent 0 ms into the window but answered at 40 ms: the third may go 1,000 ms after 40, not after 0.
		const wait = pacer.delayFor('default');
		expect(now + wait).toBeGreaterThanOrEqual(1_000_000 + 40 + 1000);
		expect(now + wait).toBeLessThan(1_000_000 + 40 + 1100);
	});

	it('an unanswered request keeps its send time (a caller that never observes cannot block the bucket)', async () => {
		const fallback = { limit: 1, windowMs: 500 };
		await pacer.acquire('reports', fallback);
		now += 600;
		expect(pacer.delayFor('reports', fallback)).toBe(0);
	});

	it('uses the fallback limit before any header is seen', () => {
		const fallback = { limit: 1, windowMs: 500 };
		expect(pacer.delayFor('default', fallback)).toBe(0);
		expect(pacer.delayFor('default', fallback)).toBeGreaterThan(500);
	});

	it('blocks a bucket after a 429 without touching other buckets', () => {
		pacer.block('reports', 2000);
		expect(pacer.delayFor('reports')).toBe(2000);
		expect(pacer.delayFor('default')).toBe(0);
	});

	it('refuses at once, naming the wait, when the reset is beyond the maximum (3 days), instead of blocking', async () => {
		const real = new Pacer();
		real.observe('default', {
			remaining: 0,
			windowMs: 60_000,
			resetAtMs: Date.now() + 3 * 86_400_000,
		});
		const started = Date.now();
		const refused = await real.acquire('default');
		expect(refused.refusedWaitMs).toBeGreaterThan(3 * 86_400_000 - 1000);
		expect(Date.now() - started).toBeLessThan(100);
	});

	it('reads a Kustomer reset in epoch milliseconds as such (not as seconds, which would be 50,000 years away)', () => {
		const at = 1_767_225_600_000;
		expect(
			readKustomerRateLimit(
				{ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(at + 4_000) },
				at,
			)?.resetAtMs,
		).toBe(at + 4_000);
		expect(
			readKustomerRateLimit(
				{ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(at / 1000 + 4) },
				at,
			)?.resetAtMs,
		).toBe(at + 4_000);
		expect(
			readKustomerRateLimit({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '4' }, at)
				?.resetAtMs,
		).toBe(at + 4_000);
	});
});
