import { useGladly } from './setup';

// Gladly's limit scaled down (5 requests per 500 ms window) so the test stays fast.
const g = useGladly({ rateLimit: { limit: 5, windowMs: 500 } });

describe('Gladly › rate limit and retries', () => {
	it('paces on Ratelimit-*-Second headers: 23 items, no 429, no failed item', async () => {
		const items = Array.from({ length: 23 }, (_, index) => ({ index }));
		const result = await g.run({ resource: 'organization', operation: 'get' }, { items });
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(23);
		expect(result.items.map((item) => (item.pairedItem as { item: number }).item)).toEqual(
			items.map((item) => item.index),
		);
		expect(g.sandbox.stats('gladly').http429).toBe(0);
		expect(g.requests()[0].headers.authorization).toMatch(/^Basic /);
	});

	it('retries a 429 and a 503 on a GET', async () => {
		g.sandbox.inject({
			provider: 'gladly',
			path: '/api/v1/agents',
			fault: 'status',
			status: 429,
			retryAfter: 0.001,
		});
		g.sandbox.inject({
			provider: 'gladly',
			path: '/api/v1/agents',
			fault: 'status',
			status: 503,
			retryAfter: 0.001,
		});
		const { items, error } = await g.run({
			resource: 'agent',
			operation: 'getMany',
			returnAll: true,
		});
		expect(error).toBeUndefined();
		expect(g.requests().map((request) => request.status)).toEqual([429, 503, 200]);
		expect(items).toHaveLength(3);
	});

	it('does not repeat an SMS after a broken connection (not idempotent), and says so', async () => {
		g.sandbox.inject({
			provider: 'gladly',
			path: '/api/v1/communications/sms',
			fault: 'reset',
			processThenFail: true,
		});
		const error = await g.fail({
			resource: 'communication',
			operation: 'sendSms',
			to: '+14155550100',
			from: '+14155550199',
			body: 'once',
		});
		expect(g.requests()).toHaveLength(1);
		expect(error.description).toMatch(/may have processed it/);
	});

	it('gives a 401 a credentials hint', async () => {
		const { items } = await (async () => {
			const saved = g.credentials.gladlyApi.apiToken;
			g.credentials.gladlyApi.apiToken = 'wrong';
			try {
				return await g.run(
					{ resource: 'organization', operation: 'get' },
					{ continueOnFail: true },
				);
			} finally {
				g.credentials.gladlyApi.apiToken = saved;
			}
		})();
		expect(items[0].json.error).toBe(
			'Gladly answered 401: unauthorized: invalid credentials [item 0]',
		);
		expect(items[0].json.description).toMatch(/agent email and API token/);
	});
});
