'use strict';

// Self-check of the sandbox framework with the example provider.
// Run: node test/sandbox/core/selftest.js   (exits 1 on failure)

const assert = require('node:assert/strict');
const http = require('node:http');
const net = require('node:net');
const path = require('node:path');
const { spawn } = require('node:child_process');
const { startSandbox } = require('../index.js');
const example = require('./example-provider.js');

const AUTH = { authorization: `Bearer ${example.TOKEN}` };
const tests = [];
const test = (name, fn) => tests.push({ name, fn });
const wait = (ms) => new Promise((r) => setTimeout(r, ms));

let sb;
let base;

async function call(p, { method = 'GET', body, headers = {}, auth = true } = {}) {
	const res = await fetch(base + p, {
		method,
		headers: {
			...(auth ? AUTH : {}),
			...(body !== undefined ? { 'content-type': 'application/json' } : {}),
			...headers,
		},
		body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
	});
	const text = await res.text();
	let json;
	try {
		json = JSON.parse(text);
	} catch {}
	return { status: res.status, headers: res.headers, text, json };
}

// Plain http client: reports socket errors instead of throwing.
function raw(p, { agent, headers = AUTH, method = 'GET', body } = {}) {
	return new Promise((resolve) => {
		// path passed verbatim: a URL string would be normalised (e.g. %2E%2E segments dropped).
		const { hostname, port } = new URL(base);
		const req = http.request({ hostname, port, path: p, agent, headers, method }, (res) => {
			const chunks = [];
			res.on('data', (c) => chunks.push(c));
			res.on('end', () =>
				resolve({
					status: res.statusCode,
					headers: res.headers,
					body: Buffer.concat(chunks).toString(),
				}),
			);
			res.on('error', (error) => resolve({ error, status: res.statusCode }));
			res.on('aborted', () => resolve({ error: new Error('aborted'), status: res.statusCode }));
		});
		req.on('error', (error) => resolve({ error }));
		req.end(body);
	});
}

test('url, provider instance and seeding', async () => {
	assert.match(sb.url('example'), /^http:\/\/127\.0\.0\.1:\d+$/);
	sb.provider('example').seed([{ id: 'x1', name: 'One' }]);
	const r = await call('/items/x1');
	assert.equal(r.status, 200);
	assert.equal(r.json.data.name, 'One');
	assert.throws(() => sb.url('nope'), /unknown sandbox provider "nope"/);
});

test('request log: query, headers, body, status', async () => {
	sb.clearRequests();
	const log = sb.requests;
	await call('/echo/a/b?page[limit]=5&tag=x&tag=y&q=hello+world%21&e=', {
		headers: { 'X-Custom': 'Yes' },
	});
	await call('/items', { method: 'POST', body: { name: 'n' } });
	await call('/items', { method: 'POST', body: '{not json' });
	assert.equal(sb.requests, log, 'requests array keeps its identity');
	assert.equal(log.length, 3);
	const [get, post, bad] = log;
	assert.equal(get.provider, 'example');
	assert.equal(get.method, 'GET');
	assert.equal(get.path, '/echo/a/b');
	assert.deepEqual(get.query, { 'page[limit]': '5', tag: ['x', 'y'], q: 'hello world!', e: '' });
	assert.equal(get.rawQuery, 'page[limit]=5&tag=x&tag=y&q=hello+world%21&e=');
	assert.equal(get.headers.authorization, AUTH.authorization);
	assert.equal(get.headers['x-custom'], 'Yes');
	assert.equal(get.status, 200);
	assert.equal(typeof get.time, 'number');
	assert.equal(get.rawBody, '');
	assert.equal(get.body, undefined);
	assert.equal(post.rawBody, '{"name":"n"}');
	assert.deepEqual(post.body, { name: 'n' });
	assert.equal(post.status, 201);
	assert.equal(bad.body, undefined);
	assert.equal(bad.status, 400);
	assert.equal(sb.requestsFor('example').length, 3);
	sb.clearRequests();
	assert.equal(log.length, 0);
});

test('path params are decoded per segment after splitting', async () => {
	const created = await call('/items', { method: 'POST', body: { id: 'a/b c', name: 'slash' } });
	assert.equal(created.status, 201);
	const r = await call('/items/a%2Fb%20c');
	assert.equal(r.status, 200);
	assert.equal(r.json.data.name, 'slash');
	assert.equal(sb.requests.at(-1).path, '/items/a%2Fb%20c', 'log keeps the raw path');
	assert.equal((await call('/items/a/b%20c')).status, 404, 'an unencoded slash is two segments');
	// fetch() would drop a %2E%2E segment (WHATWG URL); raw() sends the path as is.
	const echo = await raw('/echo/%2E%2E/x%25y');
	assert.deepEqual(JSON.parse(echo.body).params, { a: '..', b: 'x%y' });
	assert.equal((await call('/echo/%E0%A4%A/x')).status, 404, 'malformed escape matches nothing');
	assert.equal((await call('/files/a%2Fb/c')).json.rest, 'a/b/c');
});

test('unknown route 404, wrong method 405, handler errors 500', async () => {
	const nf = await call('/nowhere');
	assert.equal(nf.status, 404);
	assert.equal(nf.json.error, 'Not Found');
	const na = await call('/items', { method: 'DELETE' });
	assert.equal(na.status, 405);
	assert.equal(na.headers.get('allow'), 'GET, POST');
	const boom = await call('/boom');
	assert.equal(boom.status, 500);
	assert.match(sb.requests.at(-1).error, /kaboom/);
	assert.equal((await call('/nothing')).status, 500);
});

test('authentication: 401 from provider, not counted by the limiter', async () => {
	sb.setRateLimit('example', { limit: 5, windowMs: 10_000 });
	const r = await call('/items', { auth: false });
	assert.equal(r.status, 401);
	assert.equal(r.json.errors[0].title, 'Unauthorized');
	assert.equal(r.headers.get('x-ratelimit-remaining'), '5');
	const ok = await call('/items');
	assert.equal(ok.headers.get('x-ratelimit-remaining'), '4');
	const ping = await call('/public/ping', { auth: false });
	assert.equal(ping.text, 'pong');
	assert.equal(sb.rateLimitState('example').remaining, 4, 'exempt route not counted');
});

test('rate limit: fixed window, 429 shape and headers, reset, disable', async () => {
	sb.setRateLimit('example', { limit: 3, windowMs: 400 });
	const statuses = [];
	for (let i = 0; i < 5; i++) statuses.push(await call('/items'));
	assert.deepEqual(
		statuses.map((s) => s.status),
		[200, 200, 200, 429, 429],
	);
	const tooMany = statuses[3];
	assert.equal(tooMany.json.errors[0].title, 'Too Many Requests');
	assert.equal(tooMany.headers.get('x-ratelimit-remaining'), '0');
	assert.equal(tooMany.headers.get('x-ratelimit-limit'), '3');
	assert.ok(tooMany.headers.get('retry-after'));
	assert.ok(Number(tooMany.headers.get('x-ratelimit-reset')) >= Math.floor(Date.now() / 1000));
	await wait(420);
	assert.equal((await call('/items')).status, 200, 'next window admits again');
	sb.setRateLimit('example', false);
	const free = await call('/items');
	assert.equal(free.status, 200);
	assert.equal(free.headers.get('x-ratelimit-limit'), null, 'no headers when disabled');
	assert.ok(sb.stats('example').http429 >= 2);
	sb.setRateLimit('example', { limit: 1000, windowMs: 1000 });
});

test('route bucket: own window limit and concurrency', async () => {
	const [a, b] = await Promise.all([
		call('/reports/r1?holdMs=300'),
		(await wait(60), call('/reports/r2')),
	]);
	assert.equal(a.status, 200);
	assert.equal(b.status, 429);
	assert.equal(b.json.errors[0].reason, 'concurrency');
	assert.equal(b.json.errors[0].bucket, 'reports');
	assert.equal((await call('/reports/r3')).status, 200);
	assert.equal((await call('/reports/r4')).status, 200);
	const over = await call('/reports/r5');
	assert.equal(over.status, 429, '3 per window');
	assert.equal(over.json.errors[0].reason, 'limit');
	assert.equal((await call('/items')).status, 200, 'default bucket unaffected');
	sb.setRateLimit('example', false, 'reports');
	assert.equal((await call('/reports/r6')).status, 200);
});

test('fault status: retryAfter, times, handle.remaining, method/path filters', async () => {
	const h = sb.inject({
		provider: 'example',
		method: 'GET',
		path: '/items',
		fault: 'status',
		status: 503,
		retryAfter: 2,
		times: 2,
	});
	assert.equal(h.remaining, 2);
	assert.equal((await call('/items', { method: 'POST', body: {} })).status, 201, 'method filter');
	assert.equal((await call('/items/x1')).status, 200, 'exact path filter');
	const r = await call('/items');
	assert.equal(r.status, 503);
	assert.equal(r.headers.get('retry-after'), '2');
	assert.equal(h.remaining, 1);
	assert.equal(sb.requests.at(-1).fault, 'status');
	assert.equal((await call('/items')).status, 503);
	assert.equal(h.remaining, 0);
	assert.equal((await call('/items')).status, 200);
	sb.inject({ provider: 'example', path: /^\/items\/x/, fault: 'status', status: 502 });
	sb.inject({
		provider: 'example',
		path: (req) => req.query.fail === '1',
		fault: 'status',
		status: 504,
		body: 'gw',
	});
	assert.equal((await call('/items')).status, 200);
	assert.equal((await call('/items/x1')).status, 502);
	const fn = await call('/items?fail=1');
	assert.equal(fn.status, 504);
	assert.equal(fn.text, 'gw');
	assert.throws(() => sb.inject({ provider: 'example', fault: 'bogus' }), /passToHandler/);
	assert.throws(() => sb.inject({ provider: 'nope', fault: 'reset' }), /unknown provider/);
});

test('fault status 429 uses the provider shape', async () => {
	const before = sb.stats('example').http429;
	sb.inject({ provider: 'example', fault: 'status', status: 429, retryAfter: 7 });
	const r = await call('/items');
	assert.equal(r.status, 429);
	assert.equal(r.json.errors[0].title, 'Too Many Requests');
	assert.equal(r.headers.get('retry-after'), '7');
	assert.equal(sb.stats('example').http429, before + 1);
	sb.inject({ provider: 'example', fault: 'status', status: 429, retryAfter: null });
	assert.equal((await call('/items')).headers.get('retry-after'), null);
});

test('fault reset: client sees a dropped connection', async () => {
	for (const stage of [undefined, 'none', 'headers', 'body']) {
		sb.inject({ provider: 'example', fault: 'reset', stage });
		const r = await raw('/items');
		assert.ok(r.error, `stage ${stage}: expected a socket error`);
		assert.match(`${r.error.code} ${r.error.message}`, /ECONNRESET|socket hang up|aborted/);
	}
	sb.inject({ provider: 'example', fault: 'reset', rst: true });
	assert.ok((await raw('/items')).error);
	sb.inject({ provider: 'example', fault: 'reset' });
	await assert.rejects(call('/items'), /fetch failed|terminated|other side closed/);
	assert.equal(sb.requests.at(-1).status, null);
	assert.equal(sb.requests.at(-1).outcome, 'reset');
	assert.ok(sb.stats('example').byStatus.reset >= 6);
	assert.equal((await call('/items')).status, 200, 'server fine afterwards');
});

test('fault delay, truncate, html, empty', async () => {
	sb.inject({ provider: 'example', fault: 'delay', ms: 150 });
	let t = Date.now();
	const d = await call('/items/x1');
	assert.ok(Date.now() - t >= 140);
	assert.equal(d.status, 200);

	const full = await raw('/items/x1');
	sb.inject({ provider: 'example', fault: 'truncate' });
	const cut = await raw('/items/x1');
	assert.equal(cut.status, 200);
	assert.equal(cut.body.length, Math.floor(full.body.length / 2));
	assert.equal(Number(cut.headers['content-length']), cut.body.length);
	assert.throws(() => JSON.parse(cut.body));

	sb.inject({ provider: 'example', fault: 'html' });
	const h = await call('/items');
	assert.equal(h.status, 502);
	assert.match(h.headers.get('content-type'), /text\/html/);
	assert.match(h.text, /<html>[\s\S]*502 Bad Gateway/);

	sb.inject({ provider: 'example', fault: 'empty' });
	const e = await call('/items');
	assert.equal(e.status, 200);
	assert.equal(e.text, '');
	assert.match(e.headers.get('content-type'), /json/);
});

test('processThenFail: handler runs, then the fault replaces the response', async () => {
	const items = sb.provider('example').state.items;
	sb.inject({ provider: 'example', method: 'POST', fault: 'status', status: 500 });
	assert.equal((await call('/items', { method: 'POST', body: { id: 'never' } })).status, 500);
	assert.equal(items.has('never'), false, 'plain fault: not processed');

	sb.inject({
		provider: 'example',
		method: 'POST',
		fault: 'status',
		status: 502,
		processThenFail: true,
	});
	assert.equal((await call('/items', { method: 'POST', body: { id: 'made-1' } })).status, 502);
	assert.equal(items.has('made-1'), true, 'processed before failing');

	sb.inject({
		provider: 'example',
		method: 'POST',
		fault: 'reset',
		processThenFail: true,
		stage: 'body',
	});
	const r = await raw('/items', {
		method: 'POST',
		headers: { ...AUTH, 'content-type': 'application/json' },
		body: '{"id":"made-2"}',
	});
	assert.ok(r.error);
	assert.equal(items.has('made-2'), true);
	assert.equal((await call('/items', { method: 'POST', body: { id: 'made-2' } })).status, 409);
});

test('passToHandler: provider-specific fault in ctx.fault', async () => {
	sb.provider('example').reset();
	sb.provider('example').seed([1, 2, 3, 4].map((id) => ({ id })));
	const p1 = await call('/items?page[limit]=2&page[number]=1');
	sb.inject({ provider: 'example', fault: 'repeatPage', passToHandler: true });
	const again = await call('/items?page[limit]=2&page[number]=1');
	assert.deepEqual(
		p1.json.data.map((i) => i.id),
		['3', '4'],
	);
	assert.deepEqual(
		again.json.data.map((i) => i.id),
		['1', '2'],
	);
	assert.equal(sb.requests.at(-1).fault, 'repeatPage');
	assert.ok(p1.json.links.next === null);
	const p0 = await call('/items?page[limit]=2');
	assert.equal(p0.json.links.next, `${base}/items?page[limit]=2&page[number]=1`);
});

test('latency applies to every response', async () => {
	sb.setLatency(120);
	const t = Date.now();
	await call('/items');
	assert.ok(Date.now() - t >= 110);
	sb.setLatency(0);
});

test('streaming: async iterable and Readable', async () => {
	const r = await call('/export?n=1000');
	const lines = r.text.trim().split('\n');
	assert.equal(lines.length, 1000);
	assert.deepEqual(JSON.parse(lines[999]), { i: 999 });
	assert.equal(r.headers.get('content-type'), 'application/x-ndjson');
	assert.equal((await call('/export-readable')).text, 'a\nb\n');
});

test('keep-alive: sequential requests share a connection', async () => {
	const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
	sb.clearRequests();
	await raw('/items', { agent });
	await raw('/items', { agent });
	agent.destroy();
	const [a, b] = sb.requests;
	assert.equal(a.connection, b.connection);
	await call('/items');
	assert.ok(sb.stats('example').requests > 0);
});

test('stats and reset()', async () => {
	sb.inject({ provider: 'example', fault: 'status', status: 500, times: 5 });
	const s = sb.stats('example');
	assert.ok(s.requests > 10);
	assert.ok(s.byStatus[200] > 5);
	sb.reset();
	assert.deepEqual(sb.stats('example'), { requests: 0, http429: 0, byStatus: {} });
	assert.equal(sb.requests.length, 0);
	assert.equal(sb.provider('example').state.items.size, 0);
	assert.equal((await call('/items')).status, 200, 'faults cleared');
	assert.deepEqual(sb.stats('example').byStatus, { 200: 1 });
});

test('fixed ports, close() with an idle keep-alive socket is quick', async () => {
	const port = await new Promise((resolve) => {
		const s = net.createServer().listen(0, '127.0.0.1', () => {
			const p = s.address().port;
			s.close(() => resolve(p));
		});
	});
	const other = await startSandbox({ providers: [example], ports: { example: port } });
	assert.equal(other.url('example'), `http://127.0.0.1:${port}`);
	const agent = new http.Agent({ keepAlive: true });
	await new Promise((resolve) =>
		http.get(other.url('example') + '/public/ping', { agent }, (res) =>
			res.resume().on('end', resolve),
		),
	);
	const t = Date.now();
	await other.close();
	assert.ok(Date.now() - t < 500, 'close took too long');
	agent.destroy();
	await assert.rejects(
		startSandbox({ providers: ['no-such-provider'] }),
		/sandbox provider "no-such-provider" not found/,
	);
	await assert.rejects(
		startSandbox({ providers: [example], ports: { nope: 1 } }),
		/unknown provider "nope"/,
	);
});

test('CLI: prints URLs as JSON, serves, exits on SIGTERM without printing secrets', async () => {
	const child = spawn(
		process.execPath,
		[
			path.join(__dirname, '..', 'index.js'),
			'--providers',
			path.join(__dirname, 'example-provider.js'),
			'--port-example',
			'0',
		],
		{ stdio: ['ignore', 'pipe', 'pipe'] },
	);
	let out = '';
	let err = '';
	child.stderr.on('data', (d) => (err += d));
	const exited = new Promise((resolve) => child.on('exit', resolve));
	const line = await new Promise((resolve, reject) => {
		child.stdout.on('data', (d) => {
			out += d;
			if (out.includes('\n')) resolve(out.split('\n')[0]);
		});
		child.on('exit', () => reject(new Error(`CLI exited early: ${err}`)));
	});
	const urls = JSON.parse(line);
	const r = await fetch(urls.example + '/items', { headers: AUTH });
	assert.equal(r.status, 200);
	await r.text();
	child.kill('SIGTERM');
	assert.equal(await exited, 0);
	assert.ok(!out.includes(example.TOKEN) && !err.includes(example.TOKEN));
});

async function main() {
	const started = Date.now();
	sb = await startSandbox({
		providers: [example],
		rateLimits: { example: { limit: 1000, windowMs: 1000 } },
	});
	base = sb.url('example');
	let failed = 0;
	for (const { name, fn } of tests) {
		try {
			await fn();
			process.stdout.write(`ok   ${name}\n`);
		} catch (err) {
			failed++;
			process.stdout.write(`FAIL ${name}\n${err.stack}\n`);
		}
	}
	await sb.close();
	process.stdout.write(
		`${tests.length - failed}/${tests.length} passed in ${Date.now() - started} ms\n`,
	);
	process.exitCode = failed ? 1 : 0;
}

main().catch((err) => {
	process.stderr.write(`${err.stack}\n`);
	process.exit(1);
});
