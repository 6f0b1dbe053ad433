'use strict';

// Minimal provider used by selftest.js and as a template for real providers.

const { Readable } = require('node:stream');

const TOKEN = 'good-token';

function create() {
	const state = { items: new Map(), nextId: 1 };

	function list(req, ctx) {
		const all = [...state.items.values()];
		const limit = Number(req.query['page[limit]'] || 2);
		let page = Number(req.query['page[number]'] || 0);
		// Provider-specific fault: serve the previous page again (a paging bug seen in the wild).
		if (ctx.fault && ctx.fault.fault === 'repeatPage' && page > 0) page -= 1;
		const data = all.slice(page * limit, page * limit + limit);
		const hasNext = (page + 1) * limit < all.length;
		return {
			status: 200,
			body: {
				data,
				links: {
					next: hasNext
						? `${ctx.baseUrl}/items?page[limit]=${limit}&page[number]=${page + 1}`
						: null,
				},
			},
		};
	}

	function createItem(req) {
		if (req.jsonError) return { status: 400, body: { errors: [{ title: 'invalid JSON' }] } };
		const id = req.body && req.body.id ? String(req.body.id) : String(state.nextId++);
		if (state.items.has(id)) return { status: 409, body: { errors: [{ code: 'taken', id }] } };
		const item = { id, ...(req.body || {}) };
		state.items.set(id, item);
		return {
			status: 201,
			headers: { location: `/items/${encodeURIComponent(id)}` },
			body: { data: item },
		};
	}

	function getItem(req) {
		const item = state.items.get(req.params.id);
		return item
			? { status: 200, body: { data: item } }
			: { status: 404, body: { errors: [{ title: 'not found' }] } };
	}

	async function* jsonl(n) {
		for (let i = 0; i < n; i++) yield JSON.stringify({ i }) + '\n';
	}

	const instance = {
		state,
		seed(items) {
			for (const item of items) state.items.set(String(item.id), { ...item, id: String(item.id) });
		},
		reset() {
			state.items.clear();
			state.nextId = 1;
		},
		routes: [
			['GET', '/items', list],
			['POST', '/items', createItem],
			['GET', '/items/:id', getItem],
			[
				'GET',
				'/echo/:a/:b',
				(req) => ({ body: { params: req.params, query: req.query, body: req.body } }),
			],
			['GET', '/files/*', (req) => ({ body: { rest: req.params['*'] } })],
			[
				'GET',
				'/export',
				(req) => ({
					headers: { 'content-type': 'application/x-ndjson' },
					stream: jsonl(Number(req.query.n || 3)),
				}),
			],
			['GET', '/export-readable', () => ({ stream: Readable.from(['a\n', 'b\n']) })],
			[
				'GET',
				'/reports/:name',
				async (req, ctx) => {
					await ctx.sleep(Number(req.query.holdMs || 0));
					return { body: { report: req.params.name } };
				},
				{ bucket: 'reports', limit: { limit: 3, windowMs: 60_000, concurrency: 1 } },
			],
			['GET', '/public/ping', () => ({ body: 'pong' }), { auth: false, rateLimit: false }],
			[
				'GET',
				'/boom',
				() => {
					throw new Error('kaboom');
				},
			],
			['GET', '/nothing', () => undefined],
		],
	};
	return instance;
}

module.exports = {
	name: 'example',
	TOKEN,
	defaultRateLimit: { limit: 100, windowMs: 1000 },
	rateLimitHeaders: (s) => ({
		'x-ratelimit-limit': String(s.limit),
		'x-ratelimit-remaining': String(s.remaining),
		'x-ratelimit-reset': String(Math.ceil(s.resetAtMs / 1000)),
	}),
	tooManyRequests: (s) => ({
		status: 429,
		headers: { 'retry-after': String(Math.max(1, Math.ceil((s.resetAtMs - Date.now()) / 1000))) },
		body: {
			errors: [{ status: 429, title: 'Too Many Requests', bucket: s.bucket, reason: s.reason }],
		},
	}),
	authenticate: (req) =>
		req.headers.authorization === `Bearer ${TOKEN}`
			? null
			: { status: 401, body: { errors: [{ status: 401, title: 'Unauthorized' }] } },
	create,
};
