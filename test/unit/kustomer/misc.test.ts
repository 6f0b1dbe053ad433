/** User, Team, Tracking Event and Bulk operations. */
import { calls, rl, startUnit } from './context';
import type { UnitSandbox } from './context';

let k: UnitSandbox;
beforeAll(async () => (k = await startUnit()));
afterAll(async () => await k.close());
beforeEach(() => k.sandbox.reset());

const ADA = '010000000000000000000002';
const BOB = '010000000000000000000003';
const TIER1 = '020000000000000000000001';

describe('Kustomer › User and Team', () => {
	it('users: get, get current, get many with a filter (pageSize up to 500)', async () => {
		const [ada] = await k.run({ resource: 'user', operation: 'get', userId: rl(ADA) });
		const [me] = await k.run({ resource: 'user', operation: 'getCurrent' });
		const machines = await k.run({
			resource: 'user',
			operation: 'getMany',
			filters: { userType: 'machine' },
			returnAll: true,
		});
		expect(calls(k.requests())).toEqual([
			`GET /v1/users/${ADA}`,
			'GET /v1/users/current',
			'GET /v1/users?userType=machine&page=1&pageSize=500',
		]);
		expect(ada.json).toMatchObject({ id: ADA, name: 'Ada Agent' });
		expect(me.json).toMatchObject({ userType: 'machine' });
		expect(machines.map((item) => item.json.id)).toEqual([me.json.id]);
	});

	it('teams: get, get many, add and remove members', async () => {
		await k.run({ resource: 'team', operation: 'get', teamId: rl(TIER1) });
		const teams = await k.run({ resource: 'team', operation: 'getMany', returnAll: true });
		const [added] = await k.run({
			resource: 'team',
			operation: 'addMembers',
			teamId: rl(TIER1),
			userIds: BOB,
		});
		const [removed] = await k.run({
			resource: 'team',
			operation: 'removeMembers',
			teamId: rl(TIER1),
			userIds: `${ADA}, ${BOB}`,
		});
		expect(k.requests().map((r) => [r.method, r.url, r.body])).toEqual([
			['GET', `/v1/teams/${TIER1}`, undefined],
			['GET', '/v1/teams?page=1&pageSize=500', undefined],
			['POST', `/v1/teams/${TIER1}/members`, { members: [BOB] }],
			['DELETE', `/v1/teams/${TIER1}/members`, { members: [ADA, BOB] }],
		]);
		expect(teams).toHaveLength(2);
		expect(added.json.members).toEqual([ADA, BOB]);
		expect(removed.json.members).toEqual([]);
		await expect(
			k.run({ resource: 'team', operation: 'addMembers', teamId: rl(TIER1), userIds: ' , ' }),
		).rejects.toThrow("Parameter 'User IDs' is empty");
	});
});

describe('Kustomer › Tracking Event', () => {
	it('track: POST /v1/tracking/event (204) and a success item', async () => {
		const [out] = await k.run({
			resource: 'trackingEvent',
			operation: 'track',
			eventName: 'Viewed Pricing',
			trackingId: 't-1',
			sessionId: '',
			meta: '{"plan":"pro"}',
		});
		expect(calls(k.requests())).toEqual(['POST /v1/tracking/event']);
		expect(k.requests()[0].body).toEqual({
			name: 'Viewed Pricing',
			trackingId: 't-1',
			meta: { plan: 'pro' },
		});
		expect(k.requests()[0].status).toBe(204);
		expect(out.json).toEqual({
			success: true,
			name: 'Viewed Pricing',
			trackingId: 't-1',
			meta: { plan: 'pro' },
		});
	});

	it('identify: identity + event; an identity without external ID, email or phone is refused', async () => {
		await k.run({
			resource: 'trackingEvent',
			operation: 'identify',
			eventName: 'Checkout',
			identity: { externalId: 'u-9', email: 'jane@example.com' },
			meta: '{}',
		});
		expect(k.requests()[0].body).toEqual({
			identity: { externalId: 'u-9', email: 'jane@example.com' },
			event: { name: 'Checkout' },
		});
		expect(k.provider.state.tracking).toEqual([
			{ kind: 'identityEvent', body: k.requests()[0].body },
		]);
		await expect(
			k.run({
				resource: 'trackingEvent',
				operation: 'identify',
				eventName: 'Checkout',
				identity: { name: 'Jane' },
				meta: '{}',
			}),
		).rejects.toThrow("Parameter 'Identity' needs an External ID, Email or Phone");
	});
});

describe('Kustomer › Bulk', () => {
	it('create: batches of at most 100 records, one bulk job item per batch', async () => {
		const records = Array.from({ length: 150 }, (_, i) => ({ name: `Bulk ${i}` }));
		const jobs = await k.run({
			resource: 'bulk',
			operation: 'create',
			objectType: 'customer',
			records: JSON.stringify(records),
		});
		expect(k.requests().map((r) => [r.method, r.url, r.body.length])).toEqual([
			['POST', '/v1/customers/bulk', 100],
			['POST', '/v1/customers/bulk', 50],
		]);
		expect(
			jobs.map((job) => [job.json.status, job.json.completed, (job.json.ids as string[]).length]),
		).toEqual([
			['done', true, 100],
			['done', true, 50],
		]);
		expect(
			jobs.every((job) => job.pairedItem && (job.pairedItem as { item: number }).item === 0),
		).toBe(true);
	});

	it('update: PUT with ?ids=; custom objects go to /v1/klasses/{name}/bulk; records without id are refused', async () => {
		const [a, b] = k.provider.seedCustomers(2);
		k.sandbox.clearRequests();
		const [job] = await k.run({
			resource: 'bulk',
			operation: 'update',
			objectType: 'customer',
			records: [
				{ id: a.id, name: 'A' },
				{ id: b.id, name: 'B' },
			],
		});
		expect(calls(k.requests())).toEqual([`PUT /v1/customers/bulk?ids=${a.id}%2C${b.id}`]);
		expect(job.json).toMatchObject({ context: 'customer', status: 'done', ids: [a.id, b.id] });
		expect(k.provider.get(a.id)?.attributes.name).toBe('A');
		k.sandbox.clearRequests();
		await k.run({
			resource: 'bulk',
			operation: 'create',
			objectType: 'customObject',
			klass: 'ecomm-order',
			records: '[{"title":"O-1"},{"title":"O-2"}]',
		});
		expect(calls(k.requests())).toEqual(['POST /v1/klasses/ecomm-order/bulk']);
		k.sandbox.clearRequests();
		await expect(
			k.run({
				resource: 'bulk',
				operation: 'update',
				objectType: 'customer',
				records: '[{"name":"no id"}]',
			}),
		).rejects.toThrow("Parameter 'Records (JSON)' is invalid");
		await expect(
			k.run({ resource: 'bulk', operation: 'create', objectType: 'customer', records: '[]' }),
		).rejects.toThrow('needs at least one record');
		expect(k.requests()).toHaveLength(0);
	});
});
