import type { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { KEY, calls, rl, startUnit } from './context';
import type { UnitSandbox } from './context';

let k: UnitSandbox;
beforeAll(async () => (k = await startUnit()));
afterAll(async () => await k.close());
beforeEach(() => k.sandbox.reset());

const customer = (operation: string, extra: Record<string, unknown> = {}) => ({
	resource: 'customer',
	operation,
	...extra,
});

describe('Kustomer › Customer', () => {
	it('create: flat body with emails, phones, tags and suffixed custom attributes; simplified output', async () => {
		const out = await k.run(
			customer('create', {
				additionalFields: {
					name: 'Jane Doe',
					emails: 'jane@example.com, jane@work.example',
					phones: '+14155550100',
					externalId: 'crm-1',
					tags: ['030000000000000000000001'],
				},
				customAttributes: {
					attribute: [
						{ name: 'loyaltyTier', type: 'auto', value: 'gold' },
						{ name: 'visits', type: 'Num', value: '12' },
						{ name: 'vipBool', type: 'auto', value: 'true' },
					],
				},
			}),
		);
		const [create] = k.requests().filter((r) => r.method === 'POST');
		expect(calls(k.requests())).toEqual(['GET /v1/metadata/customer', 'POST /v1/customers']);
		expect(create.headers.authorization).toBe(`Bearer ${KEY}`);
		expect(create.headers['content-type']).toMatch(/application\/json/);
		expect(create.body).toEqual({
			name: 'Jane Doe',
			emails: [
				{ type: 'home', email: 'jane@example.com' },
				{ type: 'home', email: 'jane@work.example' },
			],
			phones: [{ type: 'mobile', phone: '+14155550100' }],
			externalId: 'crm-1',
			tags: ['030000000000000000000001'],
			custom: { loyaltyTierStr: 'gold', visitsNum: 12, vipBool: true },
		});
		expect(out).toHaveLength(1);
		expect(out[0].pairedItem).toEqual({ item: 0 });
		expect(Object.keys(out[0].json).length).toBeLessThanOrEqual(10);
		expect(out[0].json).toMatchObject({
			name: 'Jane Doe',
			externalId: 'crm-1',
			custom: { loyaltyTierStr: 'gold' },
		});
	});

	it('create: Raw Data returns the JSON:API resource', async () => {
		const [item] = await k.run(
			customer('create', { additionalFields: { name: 'Raw' }, options: { rawData: true } }),
		);
		expect(item.json).toMatchObject({
			type: 'customer',
			attributes: { name: 'Raw' },
			links: { self: expect.stringMatching(/^\/v1\/customers\//) },
		});
	});

	it('create: an invalid email or an unknown custom attribute fails before anything is sent', async () => {
		await expect(
			k.run(customer('create', { additionalFields: { emails: 'not-an-email' } })),
		).rejects.toThrow("Parameter 'Emails' is invalid");
		await expect(
			k.run(
				customer('create', {
					customAttributes: { attribute: [{ name: 'nope', type: 'auto', value: 'x' }] },
				}),
			),
		).rejects.toThrow("Parameter 'Custom Attributes › nope' is not a custom attribute of customer");
		await expect(
			k.run(
				customer('create', {
					customAttributes: { attribute: [{ name: 'visits', type: 'Num', value: 'many' }] },
				}),
			),
		).rejects.toThrow(/needs a number/);
		expect(k.requests().filter((r) => r.method === 'POST')).toHaveLength(0);
	});

	it.each([
		['id', { by: 'id', customerId: rl('ID_PLACEHOLDER') }, '/v1/customers/ID_PLACEHOLDER'],
		[
			'email',
			{ by: 'email', value: 'customer1@example.com' },
			'/v1/customers/email=customer1%40example.com',
		],
		['phone', { by: 'phone', value: '+14155550199' }, '/v1/customers/phone=%2B14155550199'],
		['external id', { by: 'externalId', value: 'ext/1' }, '/v1/customers/externalId=ext%2F1'],
	])('get by %s', async (_label, params, path) => {
		const [c] = k.provider.seedCustomers(1, {
			make: () => ({ phones: [{ type: 'mobile', phone: '+14155550199' }], externalId: 'ext/1' }),
		});
		const resolved = JSON.parse(JSON.stringify(params).replace('ID_PLACEHOLDER', c.id));
		const out = await k.run(customer('get', resolved));
		expect(k.requests().map((r) => `${r.method} ${r.path}`)).toEqual([
			`GET ${path.replace('ID_PLACEHOLDER', c.id)}`,
		]);
		expect(out[0].json).toMatchObject({ id: c.id, name: 'Customer 1' });
	});

	it('get: accepts a pasted Kustomer URL; refuses ".." without sending', async () => {
		const [c] = k.provider.seedCustomers(1);
		const out = await k.run(
			customer('get', {
				by: 'id',
				customerId: rl(`https://acme.kustomerapp.com/app/customers/${c.id}`, 'url'),
			}),
		);
		expect(out[0].json.id).toBe(c.id);
		k.sandbox.clearRequests();
		await expect(k.run(customer('get', { by: 'id', customerId: rl('..') }))).rejects.toThrow(
			`Parameter 'Customer' cannot be ".." [item 0]`,
		);
		expect(k.requests()).toHaveLength(0);
	});

	it('get: a 404 is a readable NodeApiError; Continue On Fail gives one paired error item', async () => {
		const error = (await k
			.run(customer('get', { by: 'id', customerId: rl('5f0000000000000000000099') }))
			.catch((e: NodeApiError) => e)) as NodeApiError;
		expect(error.message).toBe('Kustomer answered 404: customer not found [item 0]');
		const out = await k.run(customer('get', { by: 'id', customerId: rl('={{ $json.id }}') }), {
			continueOnFail: true,
			items: [{ id: '5f0000000000000000000099' }],
		});
		expect(out).toEqual([
			{
				json: expect.objectContaining({
					error: 'Kustomer answered 404: customer not found [item 0]',
					httpCode: '404',
				}),
				pairedItem: { item: 0 },
			},
		]);
	});

	it('getMany: page/pageSize then links.next; Limit stops early with a smaller page', async () => {
		k.provider.seedCustomers(230);
		const all = await k.run(customer('getMany', { returnAll: true }));
		expect(all).toHaveLength(230);
		expect(calls(k.requests())).toEqual([
			'GET /v1/customers?page=1&pageSize=100',
			'GET /v1/customers?page=2&pageSize=100',
			'GET /v1/customers?page=3&pageSize=100',
		]);
		k.sandbox.clearRequests();
		const some = await k.run(customer('getMany', { returnAll: false, limit: 7 }));
		expect(some.map((item) => item.json.name)).toEqual(
			[1, 2, 3, 4, 5, 6, 7].map((n) => `Customer ${n}`),
		);
		expect(calls(k.requests())).toEqual(['GET /v1/customers?page=1&pageSize=7']);
	});

	it('getMany with Updated Since goes through search, ascending, gte', async () => {
		const start = Date.parse('2026-06-01T00:00:00Z');
		k.provider.seedCustomers(5, { startMs: start, stepMs: 60_000 });
		const out = await k.run(
			customer('getMany', { returnAll: true, options: { updatedSince: '2026-06-01T00:02:00Z' } }),
		);
		expect(out.map((item) => item.json.name)).toEqual(['Customer 3', 'Customer 4', 'Customer 5']);
		const [search] = k.requests();
		expect(search.method).toBe('POST');
		expect(search.url).toBe('/v1/customers/search?page=1&pageSize=500');
		expect(search.body).toEqual({
			queryContext: 'customer',
			and: [{ customer_updated_at: { gte: '2026-06-01T00:02:00.000Z' } }],
			sort: [{ customer_updated_at: 'asc' }],
		});
	});

	it('update: PATCH with only the changed attributes; empty Update Fields is refused', async () => {
		const [c] = k.provider.seedCustomers(1);
		const out = await k.run(
			customer('update', {
				customerId: rl(c.id),
				updateFields: { name: 'Renamed', locale: 'en-US' },
			}),
		);
		const [patch] = k.requests();
		expect(`${patch.method} ${patch.path}`).toBe(`PATCH /v1/customers/${c.id}`);
		expect(patch.body).toEqual({ name: 'Renamed', locale: 'en-US' });
		expect(out[0].json).toMatchObject({ id: c.id, name: 'Renamed' });
		k.sandbox.clearRequests();
		const error = (await k
			.run(customer('update', { customerId: rl(c.id), updateFields: {} }))
			.catch((e: NodeOperationError) => e)) as NodeOperationError;
		expect(error.message).toBe(
			"Parameter 'Update Fields' is empty: add at least one field to change [item 0]",
		);
		expect(k.requests()).toHaveLength(0);
	});

	it('update: a field an expression leaves null is not sent (Kustomer would clear it)', async () => {
		const [c] = k.provider.seedCustomers(1);
		const updateFields = { name: '={{ $json.name }}', externalId: '={{ $json.ref }}' };
		await k.run(customer('update', { customerId: rl(c.id), updateFields }), {
			items: [{ name: null, ref: 'ext-7' }],
		});
		expect(k.requests().map((request) => request.body)).toEqual([{ externalId: 'ext-7' }]);
		k.sandbox.clearRequests();
		const error = (await k
			.run(customer('update', { customerId: rl(c.id), updateFields }), { items: [{ name: null }] })
			.catch((e: NodeOperationError) => e)) as NodeOperationError;
		expect(error.message).toBe(
			"Parameter 'Update Fields' is empty: add at least one field to change [item 0]",
		);
		expect(k.requests()).toHaveLength(0);
	});

	it('delete: DELETE and one { deleted: true } item', async () => {
		const [c] = k.provider.seedCustomers(1);
		const out = await k.run(customer('delete', { customerId: rl(c.id) }));
		expect(calls(k.requests())).toEqual([`DELETE /v1/customers/${c.id}`]);
		expect(out).toEqual([{ json: { id: c.id, deleted: true }, pairedItem: { item: 0 } }]);
	});

	it('upsert by external ID: creates with the external ID, then updates the same customer', async () => {
		const params = customer('upsert', {
			matchBy: 'externalId',
			matchValue: 'crm-77',
			additionalFields: { name: 'First' },
		});
		const [created] = await k.run(params);
		expect(calls(k.requests())).toEqual([
			'GET /v1/customers/externalId=crm-77',
			'POST /v1/customers',
		]);
		expect(k.requests()[1].body).toEqual({ name: 'First', externalId: 'crm-77' });
		k.sandbox.clearRequests();
		const [updated] = await k.run({ ...params, additionalFields: { name: 'Second' } });
		expect(calls(k.requests())).toEqual([
			'GET /v1/customers/externalId=crm-77',
			`PATCH /v1/customers/${String(created.json.id)}`,
		]);
		expect(updated.json).toMatchObject({
			id: created.json.id,
			name: 'Second',
			externalId: 'crm-77',
		});
	});

	it('search with filters builds the DSL; JSON mode is validated with zod before sending', async () => {
		k.provider.seedCustomers(3, {
			make: (i) => ({
				custom: { loyaltyTierStr: i === 1 ? 'gold' : 'silver' },
				tags: ['030000000000000000000001'],
			}),
		});
		const out = await k.run(
			customer('search', {
				queryMode: 'filters',
				filters: {
					updatedAfter: '2020-01-01T00:00:00Z',
					email: '@example.com',
					tags: ['030000000000000000000001'],
					attributes: { attribute: [{ name: 'loyaltyTierStr', value: 'gold' }] },
				},
				sort: 'nameAsc',
				returnAll: false,
				limit: 10,
			}),
		);
		expect(out.map((item) => item.json.name)).toEqual(['Customer 2']);
		expect(k.requests()[0].body).toEqual({
			queryContext: 'customer',
			and: [
				{ customer_updated_at: { gte: '2020-01-01T00:00:00.000Z' } },
				{ customer_emails: { contains: '@example.com' } },
				{ customer_tags: { equals: '030000000000000000000001' } },
				{ customer_custom_loyaltyTierStr: { equals: 'gold' } },
			],
			sort: [{ customer_name: 'asc' }],
		});
		expect(k.requests()[0].url).toBe('/v1/customers/search?page=1&pageSize=10');
		k.sandbox.clearRequests();
		await expect(
			k.run(
				customer('search', {
					queryMode: 'json',
					query: '{"queryContext":"customer","sort":[{"customer_name":"up"}]}',
				}),
			),
		).rejects.toThrow("Parameter 'Query (JSON)' is invalid: sort.0.customer_name");
		await expect(
			k.run(
				customer('search', { queryMode: 'json', query: '{"queryContext":"customer","filter":{}}' }),
			),
		).rejects.toThrow(/Unrecognized key/);
		expect(k.requests()).toHaveLength(0);
		const json = await k.run(
			customer('search', {
				queryMode: 'json',
				query: '{"queryContext":"customer","and":[{"customer_name":{"equals":"Customer 3"}}]}',
				returnAll: true,
			}),
		);
		expect(json.map((item) => item.json.name)).toEqual(['Customer 3']);
	});

	it('merge: POST /v1/customers/merges with source and target; the same customer twice is refused', async () => {
		const [a, b] = k.provider.seedCustomers(2);
		const [out] = await k.run(customer('merge', { customerId: rl(a.id), sourceId: rl(b.id) }));
		expect(calls(k.requests())).toEqual(['POST /v1/customers/merges']);
		expect(k.requests()[0].body).toEqual({ source: b.id, target: a.id });
		expect(out.json).toMatchObject({ status: 'done', target: a.id, source: b.id });
		await expect(
			k.run(customer('merge', { customerId: rl(a.id), sourceId: rl(a.id) })),
		).rejects.toThrow("Parameter 'Customer to Merge' is the same customer");
	});

	it("lists a customer's conversations, messages, notes and custom objects", async () => {
		const [c] = k.provider.seedCustomers(1);
		const conv = k.provider.insert('conversation', { name: 'Hi' }, { customer: c.id });
		k.provider.insert(
			'message',
			{ channel: 'email', preview: 'hello' },
			{ customer: c.id, conversation: conv.id },
		);
		k.provider.insert('note', { body: 'internal' }, { customer: c.id, conversation: conv.id });
		k.provider.insert(
			'kobject',
			{ title: 'Order 1' },
			{ customer: c.id, klass: { type: 'klass', id: 'ecomm-order' } as unknown as string },
		);
		const conversations = await k.run(
			customer('getConversations', { customerId: rl(c.id), returnAll: true }),
		);
		const messages = await k.run(
			customer('getMessages', { customerId: rl(c.id), returnAll: true }),
		);
		const notes = await k.run(customer('getNotes', { customerId: rl(c.id), returnAll: true }));
		const objects = await k.run(
			customer('getCustomObjects', { customerId: rl(c.id), klass: 'ecomm-order', returnAll: true }),
		);
		expect(calls(k.requests())).toEqual([
			`GET /v1/customers/${c.id}/conversations?page=1&pageSize=100`,
			`GET /v1/customers/${c.id}/messages?page=1&pageSize=100`,
			`GET /v1/customers/${c.id}/notes?page=1&pageSize=100`,
			`GET /v1/customers/${c.id}/klasses/ecomm-order?page=1&pageSize=100`,
		]);
		expect(conversations[0].json).toMatchObject({ id: conv.id, name: 'Hi', customer: c.id });
		expect(messages[0].json).toMatchObject({ preview: 'hello', conversation: conv.id });
		expect(notes[0].json).toMatchObject({ body: 'internal', conversation: conv.id });
		expect(objects[0].json).toMatchObject({ title: 'Order 1', customer: c.id });
	});
});
