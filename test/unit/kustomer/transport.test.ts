/** Errors (401/403/roles), rate limits, listing cap and the search restart past the cap. */
import type { NodeApiError } from 'n8n-workflow';

import { searchUpdatedSince, kustomerSearch } from '../../../nodes/Kustomer/search';
import { kustomerListing } from '../../../nodes/Kustomer/transport';
import { requiredRole } from '../../../nodes/Kustomer/roles';
import { rl, startUnit } from './context';
import type { UnitSandbox } from './context';

let k: UnitSandbox;
beforeAll(async () => (k = await startUnit()));
afterAll(async () => await k.close());
beforeEach(() => {
	k.sandbox.reset();
	k.sandbox.setRateLimit('kustomer', { limit: 1000, windowMs: 60_000 });
	k.sandbox.setRateLimit('kustomer', { limit: 120, windowMs: 60_000 }, 'creates');
});

const EXPIRED = 'kustomer-expired-key';
const READ_ONLY_401 = 'kustomer-read-401-key';
const READ_ONLY = 'kustomer-readonly-key';
const QUIET = 'kustomer-quiet-403-key';
const WRONG = 'wrong';

const fail = async (promise: Promise<unknown>) =>
	(await promise.then(
		() => undefined,
		(error: unknown) => error,
	)) as NodeApiError;

describe('Kustomer errors', () => {
	it('401 "Expired token" says the key has expired', async () => {
		const error = await fail(
			k.run({ resource: 'user', operation: 'getCurrent' }, { apiKey: EXPIRED }),
		);
		expect(error.message).toBe(
			'Kustomer answered 401: the API key has expired (Expired token) [item 0]',
		);
		expect(error.description).toMatch(/Create a new API key/);
		expect(error.httpCode).toBe('401');
	});

	it('any other 401 says invalid key or missing role', async () => {
		const error = await fail(
			k.run({ resource: 'user', operation: 'getCurrent' }, { apiKey: WRONG }),
		);
		expect(error.message).toMatch(
			/^Kustomer answered 401: invalid API key, or the key lacks a role this request needs/,
		);
		const lacking = await fail(
			k.run(
				{ resource: 'customer', operation: 'create', additionalFields: { name: 'x' } },
				{ apiKey: READ_ONLY_401 },
			),
		);
		expect(lacking.message).toMatch(/invalid API key, or the key lacks a role/);
		expect(lacking.description).toMatch(/roles cannot be added to an existing key/);
	});

	it('403 names the missing role Kustomer reports, and says roles cannot be changed on a key', async () => {
		const error = await fail(
			k.run(
				{ resource: 'customer', operation: 'create', additionalFields: { name: 'x' } },
				{ apiKey: READ_ONLY },
			),
		);
		expect(error.message).toBe(
			'Kustomer answered 403: API key is missing required role org.permission.customer.create [item 0]',
		);
		expect(error.description).toBe(
			'The API key lacks the role org.permission.customer.create. Roles cannot be changed on an existing Kustomer API key: create a new key with that role (Settings › Security › API Keys) and update the credentials.',
		);
	});

	it('403 without a role in the body: the role comes from the endpoint table', async () => {
		const [c] = k.provider.seedCustomers(1);
		const conversation = k.provider.insert('conversation', { name: 'x' }, { customer: c.id });
		const error = await fail(
			k.run(
				{
					resource: 'conversation',
					operation: 'addTags',
					conversationId: rl(conversation.id),
					tags: ['030000000000000000000001'],
				},
				{ apiKey: QUIET },
			),
		);
		expect(error.message).toBe('Kustomer answered 403: Insufficient permissions [item 0]');
		expect(error.description).toMatch(
			/^The API key lacks the role org\.permission\.conversation\.update\. Roles cannot be changed/,
		);
	});

	it('a key from another region gets a hint to use the organization host', async () => {
		k.sandbox.inject({
			provider: 'kustomer',
			fault: 'status',
			status: 400,
			body: {
				errors: [
					{
						status: '400',
						code: 'bad_request',
						title: 'Auth token associated with pod prod2 but request is being handled by prod1',
					},
				],
			},
		});
		const error = await fail(k.run({ resource: 'user', operation: 'getCurrent' }));
		expect(error.message).toBe(
			'Kustomer answered 400: Auth token associated with pod prod2 but request is being handled by prod1 [item 0]',
		);
		expect(error.description).toMatch(/choose "Organization Host"/);
	});

	it('the role table follows the documented Kustomer roles for the endpoints the node calls', () => {
		expect(requiredRole('POST', '/v1/customers/search?page=2&pageSize=500')).toBe(
			'org.permission.search.create',
		);
		expect(requiredRole('DELETE', '/v1/conversations/abc/tags')).toBe(
			'org.permission.conversation.delete',
		);
		expect(requiredRole('POST', '/v1/conversations/abc/notes')).toBe('org.permission.note.create');
		expect(requiredRole('GET', '/v1/customers/abc/klasses/ecomm-order')).toBe(
			'org.permission.customer.read',
		);
		expect(requiredRole('PUT', '/v1/klasses/ecomm-order/abc')).toBe(
			'org.permission.kobject.update',
		);
		expect(requiredRole('POST', '/v1/messages/abc/redactions')).toBe(
			'org.permission.message_redaction.create',
		);
		expect(requiredRole('POST', '/v1/tracking/identityEvent')).toBe('org.tracking');
		expect(requiredRole('PUT', '/v1/customers/bulk')).toBe('org.permission.customer.update');
		expect(requiredRole('PATCH', '/v1/customers/abc')).toBe('org.permission.customer.update');
	});

	it('a validation 400 shows the pointer and detail; the node never sends DELETE /v1/auth/tokens/current', async () => {
		k.provider.insert('customer', { name: 'Dup', externalId: 'same' });
		const error = await fail(
			k.run({
				resource: 'customer',
				operation: 'create',
				additionalFields: { externalId: 'same' },
			}),
		);
		expect(error.message).toBe(
			'Kustomer answered 409: /externalId: a customer with externalId same already exists [item 0]',
		);
		expect(k.provider.state.deletedTokens).toEqual([]);
		expect(k.requests().some((r) => r.path.startsWith('/v1/auth/tokens'))).toBe(false);
	});
});

describe('Kustomer rate limits', () => {
	it('paces on x-ratelimit-* within one run: every page once, no 429', async () => {
		k.provider.seedCustomers(250);
		k.sandbox.setRateLimit('kustomer', { limit: 2, windowMs: 500 });
		const started = Date.now();
		const out = await k.run({ resource: 'customer', operation: 'getMany', returnAll: true });
		expect(out).toHaveLength(250);
		expect(k.requests().map((r) => [r.url, r.status])).toEqual([
			['/v1/customers?page=1&pageSize=100', 200],
			['/v1/customers?page=2&pageSize=100', 200],
			['/v1/customers?page=3&pageSize=100', 200],
		]);
		expect(Date.now() - started).toBeLessThan(5_000);
	});

	it('after a 429 waits for x-ratelimit-reset and retries the same request', async () => {
		const [c] = k.provider.seedCustomers(1);
		k.sandbox.setRateLimit('kustomer', { limit: 1000, windowMs: 1000 });
		k.sandbox.inject({
			provider: 'kustomer',
			path: `/v1/customers/${c.id}`,
			fault: 'status',
			status: 429,
			times: 1,
		});
		const started = Date.now();
		const [out] = await k.run({
			resource: 'customer',
			operation: 'get',
			by: 'id',
			customerId: rl(c.id),
		});
		expect(out.json.id).toBe(c.id);
		expect(k.requests().map((r) => r.status)).toEqual([429, 200]);
		expect(Date.now() - started).toBeLessThan(3_000);
		expect(k.requests()[1].headers.authorization).toBe('Bearer kustomer-test-key');
	});

	it("Kustomer's 120 creates a minute per customer: a 429 on a create is retried after the reset, nothing lost or doubled", async () => {
		const [c] = k.provider.seedCustomers(1);
		const conversation = k.provider.insert('conversation', { name: 'x' }, { customer: c.id });
		k.sandbox.setRateLimit('kustomer', { limit: 2, windowMs: 1000 }, 'creates');
		const out = await k.run(
			{
				resource: 'note',
				operation: 'create',
				conversationId: rl(conversation.id),
				body: '={{ $json.text }}',
			},
			{ items: [{ text: 'one' }, { text: 'two' }, { text: 'three' }] },
		);
		expect(out.map((item) => [item.json.body, item.pairedItem])).toEqual([
			['one', { item: 0 }],
			['two', { item: 1 }],
			['three', { item: 2 }],
		]);
		expect(k.requests().map((r) => r.status)).toEqual([201, 201, 429, 201]);
		expect(k.provider.all('note').map((n) => n.attributes.body)).toEqual(['one', 'two', 'three']);
	});

	it('reads the reset header as epoch seconds or as seconds from now', async () => {
		const { readKustomerRateLimit } = await import('../../../nodes/Kustomer/transport');
		const now = 1_800_000_000_000;
		expect(
			readKustomerRateLimit(
				{
					'x-ratelimit-limit': '300',
					'x-ratelimit-remaining': '0',
					'x-ratelimit-reset': '1800000030',
				},
				now,
			),
		).toEqual({
			limit: 300,
			remaining: 0,
			resetAtMs: 1_800_000_030_000,
			windowMs: 30_000,
		});
		expect(
			readKustomerRateLimit({ 'x-ratelimit-remaining': '5', 'x-ratelimit-reset': '60' }, now),
		).toMatchObject({ resetAtMs: now + 60_000, windowMs: 60_000 });
		expect(readKustomerRateLimit({}, now)).toBeUndefined();
	});
});

describe('Kustomer listing cap and search restart', () => {
	const start = Date.parse('2026-05-01T00:00:00Z');

	it('search past the cap restarts from the last updatedAt (gte) and returns every record once, in order', async () => {
		// Scaled cap: 3 pages or 30 records; groups of 4 records share one updatedAt across page edges.
		k.provider.configure({ searchMaxPages: 3, searchMaxRecords: 30 });
		k.provider.seedCustomers(95, { startMs: start, stepMs: 1000, sameEvery: 4 });
		const context = { n8n: k.contextFor({}) };
		const records = await searchUpdatedSince(context, {
			queryContext: 'customer',
			since: new Date(start).toISOString(),
			cap: { maxPages: 3, maxRecords: 30 },
		});
		expect(records.map((r) => r.attributes?.name)).toEqual(
			Array.from({ length: 95 }, (_, i) => `Customer ${i + 1}`),
		);
		const log = k.requests();
		expect(log.every((r) => r.status === 200)).toBe(true);
		expect(new Set(log.map((r) => `${r.url} ${JSON.stringify(r.body)}`)).size).toBe(log.length);
		const cursors = log.map((r) =>
			(r.body.and as Array<Record<string, { gte: string }>>)
				.map((c) => c.customer_updated_at.gte)
				.pop(),
		);
		expect(cursors[0]).toBe(new Date(start).toISOString());
		expect(log.map((r) => r.url)).toEqual([
			'/v1/customers/search?page=1&pageSize=500',
			'/v1/customers/search?page=1&pageSize=500',
			'/v1/customers/search?page=1&pageSize=500',
			'/v1/customers/search?page=1&pageSize=500',
		]);
		expect(cursors.slice(1)).toEqual(
			[28, 56, 84].map((n) => new Date(start + Math.floor(n / 4) * 1000).toISOString()),
		);
	});

	it('with a small page size the restart happens at the page cap', async () => {
		k.provider.configure({ searchMaxPages: 3, searchMaxRecords: 30 });
		k.provider.seedCustomers(50, { startMs: start, stepMs: 1000, sameEvery: 3 });
		const context = { n8n: k.contextFor({}) };
		const records = await kustomerSearch(
			context,
			{ queryContext: 'customer', sort: [{ customer_updated_at: 'asc' }] },
			{ returnAll: true, pageSize: 10, cap: { maxPages: 3, maxRecords: 30 } },
		);
		expect(records).toHaveLength(50);
		expect(new Set(records.map((r) => r.id)).size).toBe(50);
		const urls = k.requests().map((r) => r.url);
		expect(urls.filter((u) => u.includes('page=4'))).toEqual([]);
		expect(urls.filter((u) => u.includes('page=1&')).length).toBeGreaterThanOrEqual(2);
	});

	it('past the cap with another sort, or with more records than the cap at one instant, the item fails', async () => {
		k.provider.configure({ searchMaxPages: 3, searchMaxRecords: 30 });
		k.provider.seedCustomers(40, { startMs: start, stepMs: 1000, sameEvery: 40 });
		const context = { n8n: k.contextFor({}) };
		await expect(
			kustomerSearch(
				context,
				{ queryContext: 'customer', sort: [{ customer_name: 'asc' }] },
				{ returnAll: true, pageSize: 10, cap: { maxPages: 3, maxRecords: 30 } },
			),
		).rejects.toThrow('Kustomer returns at most 10000 results per search');
		await expect(
			searchUpdatedSince(context, {
				queryContext: 'customer',
				cap: { maxPages: 3, maxRecords: 30 },
			}),
		).rejects.toThrow("share the same 'Updated At' value");
	});

	it('includeArchived reads records older than two years from the archive search first', async () => {
		const old = k.provider.insert('customer', {
			name: 'Old',
			updatedAt: '2020-01-01T00:00:00.000Z',
		});
		const recent = k.provider.insert('customer', { name: 'Recent' });
		const deleted = k.provider.insert('customer', { name: 'Gone' });
		await k.run({ resource: 'customer', operation: 'delete', customerId: rl(deleted.id) });
		k.sandbox.clearRequests();
		const context = { n8n: k.contextFor({}) };
		const live = await searchUpdatedSince(context, { queryContext: 'customer' });
		const all = await searchUpdatedSince(context, {
			queryContext: 'customer',
			includeArchived: true,
			includeDeleted: true,
		});
		expect(live.map((r) => r.id)).toEqual([recent.id]);
		expect(all.map((r) => r.id)).toEqual([old.id, recent.id, deleted.id]);
		expect(k.requests().map((r) => r.path)).toEqual([
			'/v1/customers/search',
			'/v1/customers/archive/search',
			'/v1/customers/search',
		]);
		expect(k.requests()[1].body).toEqual({
			queryContext: 'customer',
			sort: [{ customer_updated_at: 'asc' }],
			includeDeleted: true,
		});
	});

	it('a plain list never asks for a page past the cap and says it was capped', async () => {
		k.provider.configure({ listMaxPages: 2, listMaxRecords: 1000 });
		k.provider.seedCustomers(25);
		const context = { n8n: k.contextFor({}) };
		const listing = await kustomerListing(context, '/v1/customers', {
			returnAll: true,
			pageSize: 10,
			cap: { maxPages: 2, maxRecords: 1000 },
		});
		expect(listing.records).toHaveLength(20);
		expect(listing.capped).toBe(true);
		expect(k.requests().map((r) => r.url)).toEqual([
			'/v1/customers?page=1&pageSize=10',
			'/v1/customers?page=2&pageSize=10',
		]);
	});
});
