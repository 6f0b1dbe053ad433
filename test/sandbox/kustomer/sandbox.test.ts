/** The fake Kustomer itself: auth variants, the credential-test endpoint, limits, caps and windows. */
import { startSandbox } from '../index';
import type { Sandbox } from '../index';
import type { KustomerInstance } from './index';

let sb: Sandbox;
let provider: KustomerInstance;
beforeAll(async () => {
	sb = await startSandbox({ providers: ['kustomer'] });
	provider = sb.provider<KustomerInstance>('kustomer');
});
afterAll(async () => await sb.close());
beforeEach(() => {
	sb.reset();
	sb.setRateLimit('kustomer', { limit: 1000, windowMs: 60_000 });
});

async function call(method: string, path: string, key = 'kustomer-test-key', body?: unknown) {
	const response = await fetch(`${sb.directUrl('kustomer')}${path}`, {
		method,
		headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	const text = await response.text();
	return {
		status: response.status,
		headers: response.headers,
		body: text ? JSON.parse(text) : undefined,
	};
}

describe('Kustomer sandbox', () => {
	it('GET /v1/auth/tokens/current answers any valid key with its roles; bad and expired keys get 401 errors[]', async () => {
		const ok = await call('GET', '/v1/auth/tokens/current');
		expect(ok.status).toBe(200);
		expect(ok.body.data).toMatchObject({
			type: 'auth_token',
			attributes: { lastTokenChars: '-key' },
		});
		const readonly = await call('GET', '/v1/auth/tokens/current', 'kustomer-readonly-key');
		expect(readonly.body.data.attributes.roles).toContain('org.permission.customer.read');
		expect((await call('GET', '/v1/auth/tokens/current', 'nope')).body).toEqual({
			errors: [
				{
					status: '401',
					code: 'unauthorized',
					title: 'Unauthorized',
					detail: 'Invalid or missing API key',
				},
			],
		});
		expect((await call('GET', '/v1/auth/tokens/current', 'kustomer-expired-key')).body).toEqual({
			errors: [{ status: '401', code: 'unauthorized', title: 'Expired token' }],
		});
	});

	it('DELETE /v1/auth/tokens/current deletes the key, as Kustomer does (reset restores it)', async () => {
		expect((await call('DELETE', '/v1/auth/tokens/current')).status).toBe(204);
		expect(provider.state.deletedTokens).toEqual(['kustomer-test-key']);
		expect((await call('GET', '/v1/customers')).status).toBe(401);
		sb.reset();
		expect((await call('GET', '/v1/customers')).status).toBe(200);
	});

	it('read-only keys: 403 naming the role, 403 without it, or 401', async () => {
		expect((await call('GET', '/v1/customers', 'kustomer-readonly-key')).status).toBe(200);
		expect(
			(await call('POST', '/v1/customers', 'kustomer-readonly-key', { name: 'x' })).body.errors[0]
				.detail,
		).toBe('API key is missing required role org.permission.customer.create');
		expect(
			(await call('POST', '/v1/customers', 'kustomer-quiet-403-key', { name: 'x' })).body.errors[0]
				.detail,
		).toBe('Insufficient permissions');
		expect(
			(await call('POST', '/v1/customers', 'kustomer-read-401-key', { name: 'x' })).status,
		).toBe(401);
	});

	it('rate limit headers and 429 with the reset time', async () => {
		sb.setRateLimit('kustomer', { limit: 2, windowMs: 60_000 });
		const first = await call('GET', '/v1/users/current');
		expect(first.headers.get('x-ratelimit-limit')).toBe('2');
		expect(first.headers.get('x-ratelimit-remaining')).toBe('1');
		expect(Number(first.headers.get('x-ratelimit-reset'))).toBeGreaterThan(Date.now() / 1000);
		await call('GET', '/v1/users/current');
		const limited = await call('GET', '/v1/users/current');
		expect(limited.status).toBe(429);
		expect(limited.body.errors[0]).toMatchObject({ status: '429', title: 'Too Many Requests' });
		expect(limited.headers.get('x-ratelimit-remaining')).toBe('0');
	});

	it('lists: pageSize at most 100 and relative links.next; search: at most 500, capped, two-year window', async () => {
		provider.seedCustomers(120);
		expect((await call('GET', '/v1/customers?pageSize=101')).status).toBe(400);
		expect((await call('GET', '/v1/customers?page=1&pageSize=100')).body.links.next).toBe(
			'/v1/customers?page=2&pageSize=100',
		);
		expect(
			(
				await call('POST', '/v1/customers/search?pageSize=501', undefined, {
					queryContext: 'customer',
				})
			).status,
		).toBe(400);
		provider.configure({ searchMaxRecords: 100 });
		const page = await call('POST', '/v1/customers/search?page=1&pageSize=100', undefined, {
			queryContext: 'customer',
		});
		expect(page.body.links.next).toBe('/v1/customers/search?page=2&pageSize=100');
		expect(
			(
				await call('POST', '/v1/customers/search?page=2&pageSize=100', undefined, {
					queryContext: 'customer',
				})
			).status,
		).toBe(400);
		provider.insert('customer', { name: 'Ancient', updatedAt: '2019-01-01T00:00:00.000Z' });
		const archive = await call('POST', '/v1/customers/archive/search', undefined, {
			queryContext: 'customer',
		});
		expect(
			archive.body.data.map((r: { attributes: { name: string } }) => r.attributes.name),
		).toEqual(['Ancient']);
		expect(
			(
				await call('POST', '/v1/customers', undefined, {
					data: { type: 'customer', attributes: {} },
				})
			).body.errors[0].detail,
		).toBe('request bodies are flat attributes, not JSON:API envelopes');
	});

	it('a conversation carries its CSAT response (satisfactionLevel): checked on writes, set by respond(), found by the conversation search', async () => {
		const customer = provider.insert('customer', { name: 'Rater' });
		const conversation = provider.insert(
			'conversation',
			{ name: 'Rated', updatedAt: '2026-01-01T00:00:00.000Z' },
			{ customer: customer.id },
		);
		const path = `/v1/conversations/${conversation.id}`;
		const level = { createdAt: '2026-02-01T00:00:00.000Z', status: 'rated', rating: 5, score: 1 };
		for (const [wrong, pointer] of [
			[{ ...level, status: 'happy' }, '/satisfactionLevel/status'],
			[{ status: 'rated' }, '/satisfactionLevel/createdAt'],
			[{ ...level, score: 2 }, '/satisfactionLevel/score'],
			[{ ...level, channel: 'pigeon' }, '/satisfactionLevel/channel'],
			['5 stars', '/satisfactionLevel'],
		] as const) {
			const refused = await call('PATCH', path, undefined, { satisfactionLevel: wrong });
			expect(refused.status).toBe(400);
			expect(refused.body.errors[0].source).toEqual({ pointer });
		}
		expect(provider.get(conversation.id)?.attributes.satisfactionLevel).toBeUndefined();
		const created = await call('POST', '/v1/conversations', undefined, {
			customer: customer.id,
			satisfactionLevel: { ...level, status: 'offered' },
		});
		expect(created.status).toBe(201);
		expect(created.body.data.attributes.satisfactionLevel.status).toBe('offered');

		provider.satisfaction.respond(
			conversation.id,
			{
				...level,
				status: 'commented',
				formResponse: 'Great',
				updatedAt: '2026-02-02T00:00:00.000Z',
			},
			{ updatedAt: '2026-03-01T00:00:00.000Z' },
		);
		expect(() => provider.satisfaction.respond(conversation.id, { status: 'rated' })).toThrow(
			/createdAt/,
		);
		const found = await call('POST', '/v1/customers/search?page=1&pageSize=100', undefined, {
			queryContext: 'conversation',
			and: [{ conversation_updated_at: { gte: '2026-02-15T00:00:00.000Z' } }],
			sort: [{ conversation_updated_at: 'asc' }],
		});
		expect(found.body.data.map((r: { id: string }) => r.id)).toContain(conversation.id);
		const hit = found.body.data.find((r: { id: string }) => r.id === conversation.id);
		expect(hit.attributes).toMatchObject({
			satisfaction: 5,
			updatedAt: '2026-03-01T00:00:00.000Z',
			satisfactionLevel: { status: 'commented', formResponse: 'Great', rating: 5 },
		});
	});
});
