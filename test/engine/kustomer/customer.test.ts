import { byId, calls, startKustomer } from './helpers';
import type { KustomerSandbox } from './helpers';

let k: KustomerSandbox;

beforeAll(async () => {
	k = await startKustomer();
});
afterAll(async () => await k.sandbox.close());
beforeEach(() => k.sandbox.reset());

describe('Kustomer customer on the engine', () => {
	it('creates or updates a customer by email (upsert)', async () => {
		const params = {
			resource: 'customer',
			operation: 'upsert',
			matchBy: 'email',
			matchValue: '={{ $json.email }}',
			additionalFields: { name: '={{ $json.name }}' },
			customAttributes: {
				attribute: [{ name: 'loyaltyTier', type: 'auto', value: '={{ $json.tier }}' }],
			},
		};
		const first = await k.run(params, {
			items: [{ email: 'jane@example.com', name: 'Jane', tier: 'gold' }],
		});
		expect(first.error).toBeUndefined();
		expect(first.items).toHaveLength(1);
		const id = first.items[0].json.id as string;
		expect(first.items[0].json).toMatchObject({
			name: 'Jane',
			emails: [{ type: 'home', email: 'jane@example.com' }],
			custom: { loyaltyTierStr: 'gold' },
		});
		expect(first.items[0].pairedItem).toEqual({ item: 0 });

		const second = await k.run(params, {
			items: [{ email: 'JANE@example.com', name: 'Jane Doe', tier: 'platinum' }],
		});
		expect(second.error).toBeUndefined();
		expect(second.items[0].json).toMatchObject({
			id,
			name: 'Jane Doe',
			custom: { loyaltyTierStr: 'platinum' },
		});

		const log = k.requests();
		expect(calls(log)).toEqual([
			'GET /v1/metadata/customer',
			'GET /v1/customers/email=jane%40example.com',
			'POST /v1/customers',
			'GET /v1/metadata/customer',
			'GET /v1/customers/email=JANE%40example.com',
			`PATCH /v1/customers/${id}`,
		]);
		expect(log[2].body).toEqual({
			name: 'Jane',
			custom: { loyaltyTierStr: 'gold' },
			emails: [{ type: 'home', email: 'jane@example.com' }],
		});
		expect(log[5].body).toEqual({ name: 'Jane Doe', custom: { loyaltyTierStr: 'platinum' } });
		expect(
			log.every((request) => request.headers.authorization === 'Bearer kustomer-test-key'),
		).toBe(true);
		expect(k.provider.all('customer').filter((c) => !c.deleted)).toHaveLength(1);
	});

	it('searches customers updated since a date with Return All across 5+ pages', async () => {
		const start = Date.parse('2026-06-01T00:00:00Z');
		k.provider.seedCustomers(2600, { startMs: start, stepMs: 60_000 });
		const since = new Date(start + 100 * 60_000).toISOString();
		const { items, error } = await k.run({
			resource: 'customer',
			operation: 'search',
			queryMode: 'filters',
			filters: { updatedAfter: since },
			sort: 'updatedAsc',
			returnAll: true,
			simple: true,
		});
		expect(error).toBeUndefined();
		expect(items).toHaveLength(2500);
		expect(new Set(items.map((item) => item.json.id)).size).toBe(2500);
		expect(items[0].json.name).toBe('Customer 101');
		const log = k.requests();
		// Always page 1 of "updated at or after the last updatedAt seen" (the last record of each page is read
		// again and dropped), never a page number an edit could shift.
		expect(log.map((request) => request.url)).toEqual(
			Array.from({ length: 6 }, () => '/v1/customers/search?page=1&pageSize=500'),
		);
		expect(log[0].body).toEqual({
			queryContext: 'customer',
			and: [{ customer_updated_at: { gte: since } }],
			sort: [{ customer_updated_at: 'asc' }],
		});
		expect(log[1].body).toEqual({
			queryContext: 'customer',
			and: [
				{ customer_updated_at: { gte: since } },
				{ customer_updated_at: { gte: new Date(start + 599 * 60_000).toISOString() } },
			],
			sort: [{ customer_updated_at: 'asc' }],
		});
	});

	it('gets a customer by id and pairs items', async () => {
		const [c] = k.provider.seedCustomers(1);
		const { items } = await k.run({
			resource: 'customer',
			operation: 'get',
			by: 'id',
			customerId: byId('id', c.id),
		});
		expect(items[0].json).toMatchObject({ id: c.id, name: 'Customer 1' });
	});
});
