/** Return All past Kustomer's real 10,000-record cap, on the engine: every record exactly once. */
import { startKustomer } from './helpers';
import type { KustomerSandbox } from './helpers';

let k: KustomerSandbox;
beforeAll(async () => (k = await startKustomer()));
afterAll(async () => await k.sandbox.close());
beforeEach(() => k.sandbox.reset());

const TOTAL = 10_100;
const start = Date.parse('2026-03-01T00:00:00Z');
/** Get Many of every customer updated since `start`. */
const updatedSinceStart = () => ({
	resource: 'customer',
	operation: 'getMany',
	returnAll: true,
	simple: true,
	options: { updatedSince: new Date(start).toISOString() },
});

describe('Kustomer Return All beyond 10,000 records', () => {
	it('customers updated since a date: the search restarts from the last updatedAt and returns each customer once', async () => {
		// Five customers share each updatedAt, so the restart (gte) re-reads some and must drop them.
		k.provider.seedCustomers(TOTAL, { startMs: start, stepMs: 1000, sameEvery: 5 });
		const { items, error } = await k.run(updatedSinceStart());
		expect(error).toBeUndefined();
		expect(items).toHaveLength(TOTAL);
		expect(new Set(items.map((item) => item.json.id)).size).toBe(TOTAL);
		expect(items[0].json.name).toBe('Customer 1');
		expect(items[TOTAL - 1].json.name).toBe(`Customer ${TOTAL}`);
		const log = k.requests();
		expect(log.every((request) => request.status === 200)).toBe(true);
		// Keyset: always page 1 of "updated at or after the last updatedAt seen", the cursor moving forward.
		expect(log.every((request) => request.query.page === '1')).toBe(true);
		const cursors = log
			.slice(1)
			.map(
				(request) =>
					(request.body.and as Array<Record<string, { gte: string }>>)[1].customer_updated_at.gte,
			);
		expect(
			cursors.every((cursor, i) => i === 0 || Date.parse(cursor) > Date.parse(cursors[i - 1])),
		).toBe(true);
		expect(log[1].body.and).toEqual([
			{ customer_updated_at: { gte: new Date(start).toISOString() } },
			{ customer_updated_at: { gte: new Date(start + 99 * 1000).toISOString() } },
		]);
		expect(log.length).toBeGreaterThanOrEqual(21);
		expect(log.length).toBeLessThanOrEqual(22);
	});

	it('more customers share one updatedAt than a page holds: the next pages of that instant are read, each customer once', async () => {
		k.provider.seedCustomers(1_800, { startMs: start, stepMs: 1000, sameEvery: 1_200 });
		const { items, error } = await k.run(updatedSinceStart());
		expect(error).toBeUndefined();
		expect(items.map((item) => item.json.name)).toEqual(
			Array.from({ length: 1_800 }, (_, i) => `Customer ${i + 1}`),
		);
		const log = k.requests();
		expect(log.map((request) => request.query.page)).toEqual(['1', '1', '2', '3', '1', '2']);
	});

	it('Get Many without a date: page 1 shows more than 10,000, so search reads the rest, each customer once', async () => {
		k.provider.seedCustomers(TOTAL, { startMs: start, stepMs: 1000, sameEvery: 5 });
		const { items, error } = await k.run({
			resource: 'customer',
			operation: 'getMany',
			returnAll: true,
			simple: true,
		});
		expect(error).toBeUndefined();
		expect(items).toHaveLength(TOTAL);
		expect(new Set(items.map((item) => item.json.id)).size).toBe(TOTAL);
		const log = k.requests();
		expect(log.every((request) => request.status === 200)).toBe(true);
		// The listing is abandoned after page 1 (meta.total > 10,000) instead of reading 10,000 records twice.
		const lists = log.filter((request) => request.method === 'GET');
		expect(lists.map((request) => Number(request.query.page))).toEqual([1]);
		const searches = log.filter((request) => request.path === '/v1/customers/search');
		expect(searches.length).toBeGreaterThanOrEqual(21);
		expect(searches.length).toBeLessThanOrEqual(23);
	});
});
