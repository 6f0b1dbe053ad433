/** Return All past Kustomer's real 10,000-record cap, on the engine: every record exactly once. */
import { startKustomer } from './helpers';
import type { KustomerSandbox } from './helpers';

let k: KustomerSandbox;
beforeAll(async () => (k = await startKustomer()));
afterAll(async () => await k.sandbox.close());
beforeEach(() => k.sandbox.reset());

const TOTAL = 10_100;
const start = Date.parse('2026-03-01T00:00:00Z');

describe('Kustomer Return All beyond 10,000 records', () => {
	it('customers updated since a date: the search restarts from the last updatedAt and returns each customer once', async () => {
		// Five customers share each updatedAt, so the restart (gte) re-reads some and must drop them.
		k.provider.seedCustomers(TOTAL, { startMs: start, stepMs: 1000, sameEvery: 5 });
		const { items, error } = await k.run({
			resource: 'customer',
			operation: 'getMany',
			returnAll: true,
			simple: true,
			options: { updatedSince: new Date(start).toISOString() },
		});
		expect(error).toBeUndefined();
		expect(items).toHaveLength(TOTAL);
		expect(new Set(items.map((item) => item.json.id)).size).toBe(TOTAL);
		expect(items[0].json.name).toBe('Customer 1');
		expect(items[TOTAL - 1].json.name).toBe(`Customer ${TOTAL}`);
		const log = k.requests();
		expect(log.every((request) => request.status === 200)).toBe(true);
		const pages = log.map((request) => Number(request.query.page));
		expect(Math.max(...pages)).toBe(20);
		expect(pages.filter((page) => page === 1)).toHaveLength(2);
		expect(log.length).toBe(21);
		const restart = log[20].body.and as Array<Record<string, { gte: string }>>;
		expect(restart).toEqual([{ customer_updated_at: { gte: new Date(start).toISOString() } }, { customer_updated_at: { gte: new Date(start + 1999 * 1000).toISOString() } }]);
	});

	it('Get Many without a date: the list stops at page 100, search continues, each customer once', async () => {
		k.provider.seedCustomers(TOTAL, { startMs: start, stepMs: 1000, sameEvery: 5 });
		const { items, error } = await k.run({ resource: 'customer', operation: 'getMany', returnAll: true, simple: true });
		expect(error).toBeUndefined();
		expect(items).toHaveLength(TOTAL);
		expect(new Set(items.map((item) => item.json.id)).size).toBe(TOTAL);
		const log = k.requests();
		expect(log.every((request) => request.status === 200)).toBe(true);
		const lists = log.filter((request) => request.method === 'GET');
		expect(lists).toHaveLength(100);
		expect(lists.map((request) => Number(request.query.page))).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
		expect(log.filter((request) => request.path === '/v1/customers/search').length).toBeGreaterThanOrEqual(21);
	});
});
