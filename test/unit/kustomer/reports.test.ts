/** Reporting reads: satisfaction (CSAT) surveys and audit logs (cursor paged, date range). */
import { calls, failure, forbidOnce, KEY, startUnit } from './context';
import type { UnitSandbox } from './context';

let k: UnitSandbox;
beforeAll(async () => (k = await startUnit()));
afterAll(async () => await k.close());
beforeEach(() => k.sandbox.reset());

const MINUTE = 60_000;
const base = Date.parse('2026-03-01T00:00:00.000Z');
const iso = (minutes: number) => new Date(base + minutes * MINUTE).toISOString();

/** `n` audit events a minute apart from `base`, alternating object types and users. */
function seedAudit(n: number) {
	return Array.from({ length: n }, (_, i) =>
		k.provider.auditLogs.add({
			eventName: `event ${i}`,
			objectType: i % 2 ? 'customer' : 'conversation',
			objectId: `obj${i % 3}`,
			userId: i % 2 ? 'u-odd' : 'u-even',
			createdAt: iso(i),
		}),
	);
}

describe('Kustomer › Satisfaction Survey', () => {
	it('get many: GET /v1/satisfaction, every page with Return All', async () => {
		for (let i = 0; i < 130; i++)
			k.provider.satisfaction.add({ name: `Survey ${i}`, channel: 'email', enabled: true });
		const all = await k.run({ resource: 'satisfaction', operation: 'getMany', returnAll: true });
		expect(calls(k.requests())).toEqual([
			'GET /v1/satisfaction?page=1&pageSize=100',
			'GET /v1/satisfaction?page=2&pageSize=100',
		]);
		expect(k.requests()[0].headers.authorization).toBe(`Bearer ${KEY}`);
		expect(all).toHaveLength(130);
		expect(new Set(all.map((item) => item.json.id)).size).toBe(130);
		expect(all[0].json).toMatchObject({ name: 'Survey 0', channel: 'email' });
	});
});

describe('Kustomer › Audit Log', () => {
	it('Return All follows the cursor, newest first, each event once', async () => {
		const events = seedAudit(2500);
		const out = await k.run({ resource: 'auditLog', operation: 'getMany', returnAll: true });
		expect(out.map((item) => item.json.id)).toEqual(events.map((e) => e.id).reverse());
		const log = k.requests();
		expect(log.map((r) => r.query)).toEqual([
			{ count: '1000' },
			{ count: '1000', before: events[1500].id },
			{ count: '1000', before: events[500].id },
		]);
		expect(log.every((r) => r.path === '/v1/audit-logs')).toBe(true);
	});

	it('the date range and filters go with every page, though the next link leaves them out', async () => {
		const events = seedAudit(2400);
		const out = await k.run({
			resource: 'auditLog',
			operation: 'getMany',
			returnAll: true,
			filters: {
				start: iso(100),
				end: iso(2300),
				objectType: 'customer',
				userId: 'u-odd',
			},
		});
		const expected = events
			.filter((_e, i) => i >= 100 && i < 2300 && i % 2 === 1)
			.map((e) => e.id)
			.reverse();
		expect(expected).toHaveLength(1100);
		expect(out.map((item) => item.json.id)).toEqual(expected);
		const filters = {
			'filter[start]': iso(100),
			'filter[end]': iso(2300),
			'filter[objectType]': 'customer',
			'filter[userId]': 'u-odd',
		};
		expect(k.requests()).toHaveLength(2);
		for (const request of k.requests()) expect(request.query).toMatchObject(filters);
		expect(k.requests()[1].query.before).toBe(expected[999]);
	});

	it('Limit asks for no more than it needs', async () => {
		seedAudit(30);
		const out = await k.run({
			resource: 'auditLog',
			operation: 'getMany',
			returnAll: false,
			limit: 7,
		});
		expect(out.map((item) => item.json.eventName)).toEqual(
			Array.from({ length: 7 }, (_, i) => `event ${29 - i}`),
		);
		expect(calls(k.requests())).toEqual(['GET /v1/audit-logs?count=7']);
	});

	it('refuses a date that is not one, From after To, or Object ID without a type, naming the parameter and sending nothing', async () => {
		const run = (filters: Record<string, unknown>) =>
			k.run({ resource: 'auditLog', operation: 'getMany', returnAll: true, filters });
		await expect(run({ start: 'yesterday' })).rejects.toThrow(/Parameter 'From'.*\[item 0\]/);
		await expect(run({ start: iso(10), end: iso(5) })).rejects.toThrow(
			/Parameter 'From' is after To/,
		);
		await expect(run({ objectId: 'obj1' })).rejects.toThrow(
			"Parameter 'Object ID' needs Object Type",
		);
		expect(k.requests()).toHaveLength(0);
	});

	it('a key without the audit-log role is told which one to ask for', async () => {
		forbidOnce(k.sandbox, '/v1/audit-logs');
		const error = await failure(
			k.run({ resource: 'auditLog', operation: 'getMany', returnAll: true }),
		);
		expect(error.description).toContain('org.permission.audit_logs.read');
	});
});
