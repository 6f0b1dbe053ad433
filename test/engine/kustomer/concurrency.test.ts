/**
 * Return All with pages in parallel, on the engine: the output is exactly that of one page after
 * another, also under a 5xx that is retried, a Limit and a rate limit; search walks survive edits.
 */
import type { IDataObject } from 'n8n-workflow';

import type { LoggedRequest } from '../../sandbox';
import { startKustomer } from './helpers';
import type { KustomerSandbox } from './helpers';

let k: KustomerSandbox;
beforeAll(async () => (k = await startKustomer()));
afterAll(async () => await k.sandbox.close());
beforeEach(() => {
	k.sandbox.reset();
	k.sandbox.setLatency(0);
});

const start = Date.parse('2026-03-01T00:00:00Z');
const getMany = (options: IDataObject = {}, extra: IDataObject = {}) => ({
	resource: 'customer',
	operation: 'getMany',
	returnAll: true,
	simple: true,
	options,
	...extra,
});

/** Arrival time of each page's request, relative to page 2's. */
function arrivals(log: LoggedRequest[]): Record<number, number> {
	const page2 = log.find((request) => request.query.page === '2')!.time;
	return Object.fromEntries(
		log.map((request) => [Number(request.query.page), request.time - page2]),
	);
}

/** Holds page 2's answer for 1 s: what else arrives meanwhile shows how many pages are in flight. */
const holdPage2 = () =>
	k.sandbox.inject({
		provider: 'kustomer',
		method: 'GET',
		path: (req: { query: IDataObject }) => req.query.page === '2',
		fault: 'delay',
		ms: 1000,
	});

const pagesOf = (log: LoggedRequest[]) => log.map((request) => Number(request.query.page));

describe('Kustomer Return All with pages in parallel', () => {
	it('a flood of 2,350 customers: concurrency 4 gives exactly the output of concurrency 1, each page read once', async () => {
		k.provider.seedCustomers(2_350, { startMs: start });
		holdPage2();
		const one = await k.run(getMany({ concurrency: 1 }));
		const sequential = k.requests();
		k.sandbox.clearRequests();
		holdPage2();
		const four = await k.run(getMany({ concurrency: 4 }));
		const parallel = k.requests();
		expect(one.error).toBeUndefined();
		expect(four.error).toBeUndefined();
		expect(one.items).toHaveLength(2_350);
		expect(four.items.map((item) => item.json)).toEqual(one.items.map((item) => item.json));
		expect(four.items.every((item) => JSON.stringify(item.pairedItem) === '{"item":0}')).toBe(true);
		const expected = Array.from({ length: 24 }, (_, i) => i + 1);
		expect(pagesOf(sequential)).toEqual(expected);
		expect([...pagesOf(parallel)].sort((a, b) => a - b)).toEqual(expected);
		// One after another: page 3 is asked only once page 2 is in. Four at once: while page 2 is held the
		// other three slots go on, up to page 9 (twice the concurrency ahead); page 10 waits for page 2.
		expect(arrivals(sequential)[3]).toBeGreaterThanOrEqual(1000);
		const at = arrivals(parallel);
		expect([3, 4, 5, 6, 7, 8, 9].every((page) => at[page] < 1000)).toBe(true);
		expect(at[10]).toBeGreaterThanOrEqual(1000);
	});

	it('a page answered 503 is retried and the output is still exactly the sequential one', async () => {
		k.provider.seedCustomers(1_000, { startMs: start });
		const reference = await k.run(getMany({ concurrency: 1 }));
		k.sandbox.clearRequests();
		k.sandbox.inject({
			provider: 'kustomer',
			method: 'GET',
			path: (req: { query: IDataObject }) => req.query.page === '6',
			fault: 'status',
			status: 503,
			retryAfter: '0.05',
			times: 2,
		});
		const { items, error } = await k.run(getMany({ concurrency: 4 }));
		expect(error).toBeUndefined();
		expect(items.map((item) => item.json)).toEqual(reference.items.map((item) => item.json));
		const log = k.requests();
		expect(
			log.filter((request) => request.query.page === '6').map((request) => request.status),
		).toEqual([503, 503, 200]);
		expect(log).toHaveLength(10 + 2);
	});

	it('a page that keeps failing fails the item; nothing is returned half', async () => {
		k.provider.seedCustomers(1_000, { startMs: start });
		k.sandbox.inject({
			provider: 'kustomer',
			method: 'GET',
			path: (req: { query: IDataObject }) => req.query.page === '3',
			fault: 'status',
			status: 500,
			retryAfter: '0',
			times: Infinity,
		});
		const { items, error } = await k.run(getMany({ concurrency: 4 }), { continueOnFail: true });
		expect(error).toBeUndefined();
		expect(items).toHaveLength(1);
		expect(items[0].json.error).toMatch(/500/);
	});

	it('a Limit of 250 asks for pages 1 to 3 only, even with 4 pages allowed at once', async () => {
		k.provider.seedCustomers(5_000, { startMs: start });
		const { items } = await k.run(getMany({ concurrency: 4 }, { returnAll: false, limit: 250 }));
		expect(items.map((item) => item.json.name)).toEqual(
			Array.from({ length: 250 }, (_, i) => `Customer ${i + 1}`),
		);
		expect([...pagesOf(k.requests())].sort()).toEqual([1, 2, 3]);
	});

	it('under a rate limit the parallel pages stay within it: no 429, same output', async () => {
		k.provider.seedCustomers(3_000, { startMs: start });
		const reference = await k.run(getMany({ concurrency: 1 }));
		k.sandbox.reset();
		k.provider.seedCustomers(3_000, { startMs: start });
		k.sandbox.setRateLimit('kustomer', { limit: 12, windowMs: 1_000 });
		const { items, error } = await k.run(getMany({ concurrency: 4 }));
		expect(error).toBeUndefined();
		expect(items.map((item) => item.json.name)).toEqual(
			reference.items.map((item) => item.json.name),
		);
		expect(k.sandbox.stats('kustomer').http429).toBe(0);
		expect(k.requests()).toHaveLength(30);
	}, 30_000);

	it('records edited during a search walk are neither lost nor returned twice', async () => {
		const seeded = k.provider.seedCustomers(2_000, { startMs: start, stepMs: 1000 });
		let clock = Date.parse('2026-06-01T00:00:00Z');
		k.provider.setClock(() => clock);
		let searches = 0;
		const edit = (index: number) => {
			const record = k.provider.get(seeded[index].id)!;
			clock += 1000;
			record.attributes.updatedAt = new Date(clock).toISOString();
		};
		// Before the 2nd and 3rd searches: move a record already returned and one not yet returned to the
		// end, so every later record shifts back by one (page numbers would lose one at each boundary).
		k.sandbox.inject({
			provider: 'kustomer',
			path: (req: { path: string }) => {
				if (req.path !== '/v1/customers/search') return false;
				searches++;
				if (searches === 2) [10, 700].forEach(edit);
				if (searches === 3) [20, 1_200, 1_999].forEach(edit);
				return false;
			},
			fault: 'delay',
			ms: 0,
		});
		const { items, error } = await k.run(getMany({ updatedSince: new Date(start).toISOString() }));
		expect(error).toBeUndefined();
		const names = items.map((item) => String(item.json.name));
		expect(new Set(names).size).toBe(names.length);
		expect(names).toHaveLength(2_000);
		// In updatedAt order: the records edited before they were reached come last, in the order edited.
		expect(names.slice(-3)).toEqual(['Customer 701', 'Customer 1201', 'Customer 2000']);
	});
});
