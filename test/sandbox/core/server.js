'use strict';

const http = require('node:http');
const { compileRoutes, matchRoute } = require('./router');
const { RateLimiter } = require('./ratelimit');
const { readRequest } = require('./request');
const { normalize, truncate, send, htmlPage, breakConnection, lowerKeys } = require('./respond');
const { isTerminal } = require('./faults');
const { listenTls } = require('./tls');

class ClosedError extends Error {}

function checkProvider(p) {
	if (!p || typeof p !== 'object') throw new TypeError('provider module must export an object');
	if (typeof p.name !== 'string' || !p.name)
		throw new TypeError('provider module needs a string `name`');
	if (typeof p.create !== 'function') throw new TypeError(`provider "${p.name}" needs create()`);
}

function defaultNotFound(req) {
	return { status: 404, body: { error: 'Not Found', path: req.path } };
}

function defaultMethodNotAllowed(req, allowed) {
	return {
		status: 405,
		headers: { allow: allowed.join(', ') },
		body: { error: 'Method Not Allowed' },
	};
}

function defaultTooManyRequests(state, now) {
	const secs = Math.max(1, Math.ceil((state.resetAtMs - now) / 1000));
	return {
		status: 429,
		headers: { 'retry-after': String(secs) },
		body: { error: 'Too Many Requests' },
	};
}

// One HTTP server for one provider. Pipeline per request:
// read + log -> injected fault -> match route -> authenticate -> rate limit -> handler.
// Authentication runs before the limiter so that rejected credentials are not counted.
class ProviderServer {
	constructor({
		provider,
		host,
		port,
		log,
		stats,
		faults,
		getLatency,
		rateLimits,
		quiet,
		now,
		publicHost,
	}) {
		checkProvider(provider);
		this.provider = provider;
		this.name = provider.name;
		this.host = host;
		this.port = port;
		this.log = log;
		this.stats = stats;
		this.faults = faults;
		this.getLatency = getLatency;
		this.quiet = quiet;
		this.now = now;
		this.url = undefined;
		// With a public host, `url` is the app's https address (reached through the sandbox proxy) and
		// `directUrl` the plain loopback listener; without one, both are the loopback URL.
		this.publicHost = publicHost;
		this.directUrl = undefined;
		this.tlsServer = undefined;
		this.sockets = new Set();
		this.timers = new Set();
		this.closed = false;
		this.connectionSeq = 0;

		this.instance = provider.create({ name: this.name, now, url: () => this.url });
		if (!this.instance || typeof this.instance.reset !== 'function') {
			throw new TypeError(`provider "${this.name}": create() must return an instance with reset()`);
		}
		this.routes = compileRoutes(this.instance.routes);
		this.limiter = new RateLimiter(now);
		this._configureLimits(rateLimits || {});
	}

	_configureLimits(overrides) {
		const has = (b) => Object.prototype.hasOwnProperty.call(overrides, b);
		this.limiter.configure(
			'default',
			has('default') ? overrides.default : this.provider.defaultRateLimit,
		);
		const seen = new Set(['default']);
		for (const r of this.routes) {
			const b = r.options.bucket;
			if (typeof b !== 'string' || seen.has(b)) continue;
			seen.add(b);
			this.limiter.configure(b, has(b) ? overrides[b] : r.options.limit);
		}
		for (const b of Object.keys(overrides))
			if (!seen.has(b)) this.limiter.configure(b, overrides[b]);
	}

	setRateLimit(cfg, bucket = 'default') {
		this.limiter.configure(bucket, cfg);
	}

	resetCounters() {
		this.limiter.reset();
	}

	sleep(ms) {
		if (!(ms > 0)) return Promise.resolve();
		return new Promise((resolve, reject) => {
			const timer = setTimeout(() => {
				this.timers.delete(timer);
				resolve();
			}, ms);
			timer.reject = reject;
			this.timers.add(timer);
		});
	}

	async listen() {
		this.server = http.createServer((req, res) => {
			this._handle(req, res).catch((err) => {
				if (!(err instanceof ClosedError) && !this.closed && !this.quiet) {
					process.stderr.write(`[sandbox] ${this.name}: ${err.stack}\n`);
				}
				if (!res.headersSent && !res.destroyed) res.destroy();
			});
		});
		this.server.keepAliveTimeout = 10_000;
		this.server.headersTimeout = 15_000;
		this.server.on('connection', (socket) => {
			socket.sandboxConnection = ++this.connectionSeq;
			this.sockets.add(socket);
			socket.on('close', () => this.sockets.delete(socket));
		});
		this.server.on('clientError', (err, socket) => socket.destroy());
		await new Promise((resolve, reject) => {
			this.server.once('error', (err) =>
				reject(
					new Error(
						`sandbox ${this.name}: cannot listen on ${this.host}:${this.port}: ${err.message}`,
					),
				),
			);
			this.server.listen(this.port, this.host, resolve);
		});
		const { port } = this.server.address();
		this.port = port;
		this.directUrl = `http://${this.host.includes(':') ? `[${this.host}]` : this.host}:${port}`;
		this.url = this.directUrl;
		if (this.publicHost) {
			this.tlsServer = await listenTls(this.server, this.host);
			this.tlsPort = this.tlsServer.address().port;
			this.url = `https://${this.publicHost.host}`;
		}
		return this.url;
	}

	async close() {
		if (this.closed || !this.server) return;
		this.closed = true;
		for (const t of this.timers) {
			clearTimeout(t);
			t.reject(new ClosedError('sandbox closed'));
		}
		this.timers.clear();
		const done = new Promise((resolve) => this.server.close(() => resolve()));
		const tlsDone = this.tlsServer
			? new Promise((resolve) => this.tlsServer.close(() => resolve()))
			: undefined;
		for (const s of this.sockets) s.destroy();
		await Promise.all([done, tlsDone]);
	}

	_rateLimitHeaders() {
		const state = this.limiter.state('default');
		if (!state || typeof this.provider.rateLimitHeaders !== 'function') return {};
		return lowerKeys(this.provider.rateLimitHeaders(state));
	}

	// Provider responses carry the rate-limit headers; the handler's own headers win.
	_withRateLimitHeaders(response) {
		return { ...response, headers: { ...this._rateLimitHeaders(), ...response.headers } };
	}

	_tooManyRequests(state, reason) {
		const s = { ...state, reason };
		const r = this.provider.tooManyRequests
			? this.provider.tooManyRequests(s)
			: defaultTooManyRequests(s, this.now());
		return this._withRateLimitHeaders(normalize(r));
	}

	_targets(route, req) {
		const o = route ? route.options : {};
		if (o.rateLimit === false) return [];
		const targets = [];
		if (!o.bucket || !o.skipDefault) targets.push({ bucket: 'default' });
		if (o.bucket) targets.push({ bucket: o.bucket, key: o.key ? String(o.key(req)) : '' });
		return targets;
	}

	async _handle(nodeReq, res) {
		const time = this.now();
		const started = Date.now();
		const req = await readRequest(nodeReq);
		const entry = this.log.record({
			provider: this.name,
			method: req.method,
			path: req.path,
			url: req.url,
			query: req.query,
			rawQuery: req.rawQuery,
			headers: req.headers,
			rawBody: req.rawBody,
			body: req.body,
			status: undefined,
			time,
			connection: nodeReq.socket.sandboxConnection,
		});
		this.stats.request(this.name);
		res.on('close', () => {
			entry.durationMs = Date.now() - started;
			if (!this.quiet) {
				process.stderr.write(
					`[sandbox] ${this.name} ${req.method} ${req.path} ${entry.status} ${entry.durationMs}ms\n`,
				);
			}
		});

		const fault = this.faults.take(this.name, req);
		if (fault) entry.fault = fault.fault;
		const applied = fault && !fault.passToHandler ? fault : undefined;

		try {
			if (applied && applied.fault === 'delay') await this.sleep(applied.ms);
			if (applied && isTerminal(applied) && !applied.processThenFail) {
				return await this._answerFault(nodeReq, res, entry, applied, undefined);
			}
			const ctx = {
				fault: fault && fault.passToHandler ? fault : undefined,
				instance: this.instance,
				baseUrl: this.url,
				now: this.now,
				entry,
				rateLimit: (bucket = 'default', key = '') => this.limiter.state(bucket, key),
				sleep: (ms) => this.sleep(ms),
			};
			const { response, release } = await this._process(req, ctx);
			if (release) res.on('close', release);
			if (applied && applied.processThenFail)
				return await this._answerFault(nodeReq, res, entry, applied, response);
			await this._finish(
				res,
				entry,
				applied && applied.fault === 'truncate' ? truncate(response) : response,
			);
		} catch (err) {
			if (err instanceof ClosedError || this.closed) return;
			entry.error = err.stack || String(err);
			if (!this.quiet)
				process.stderr.write(`[sandbox] ${this.name} handler error: ${entry.error}\n`);
			if (res.headersSent) return res.destroy();
			await this._finish(
				res,
				entry,
				normalize({ status: 500, body: { error: 'sandbox handler error', message: err.message } }),
			);
		}
	}

	async _process(req, ctx) {
		const m = matchRoute(this.routes, req.method, req.path);
		const route = m && m.route;
		if (route) req.params = m.params;
		if (
			!(route && route.options.auth === false) &&
			typeof this.provider.authenticate === 'function'
		) {
			const denied = await this.provider.authenticate(req);
			if (denied) return { response: this._withRateLimitHeaders(normalize(denied)) };
		}
		const gate = this.limiter.acquire(this._targets(route, req));
		if (!gate.ok) return { response: this._tooManyRequests(gate.state, gate.reason) };
		try {
			let result;
			if (route) result = await route.handler(req, ctx);
			else if (m && m.allowed)
				result = (this.provider.methodNotAllowed || defaultMethodNotAllowed)(req, m.allowed);
			else result = (this.provider.notFound || defaultNotFound)(req);
			if (result === undefined)
				throw new TypeError(
					`route ${req.method} ${route ? route.pattern : req.path} returned nothing`,
				);
			return { response: this._withRateLimitHeaders(normalize(result)), release: gate.release };
		} catch (err) {
			gate.release();
			throw err;
		}
	}

	async _finish(res, entry, response) {
		await this.sleep(this.getLatency());
		entry.status = response.status;
		this.stats.answered(this.name, response.status);
		// The provider's clock (the `now` option), as a real server's Date header: tests skew it against n8n's.
		const headers =
			response.headers.date === undefined
				? { ...response.headers, date: new Date(this.now()).toUTCString() }
				: response.headers;
		await send(res, { ...response, headers });
	}

	// `processed` is the handler's response when the fault has processThenFail.
	async _answerFault(nodeReq, res, entry, fault, processed) {
		const extra = lowerKeys(fault.headers);
		switch (fault.fault) {
			case 'reset':
				await this.sleep(this.getLatency());
				entry.status = null;
				entry.outcome = 'reset';
				this.stats.answered(this.name, 'reset');
				breakConnection(nodeReq.socket, processed, fault);
				return;
			case 'html': {
				const page = htmlPage(fault.status || 502);
				return this._finish(res, entry, { ...page, headers: { ...page.headers, ...extra } });
			}
			case 'empty':
				return this._finish(res, entry, {
					status: fault.status || 200,
					headers: {
						'content-type': fault.contentType || 'application/json; charset=utf-8',
						...extra,
					},
					body: undefined,
				});
			case 'status':
				return this._finish(res, entry, this._statusFault(fault, extra));
			default:
				throw new Error(`unhandled fault ${fault.fault}`);
		}
	}

	_statusFault(fault, extra) {
		const headers = {};
		if (fault.retryAfter !== undefined) headers['retry-after'] = String(fault.retryAfter);
		let base;
		if (fault.status === 429 && fault.body === undefined) {
			const state = this.limiter.state('default') || {
				bucket: 'default',
				limit: 0,
				remaining: 0,
				resetAtMs: this.now() + 1000,
				windowMs: 1000,
			};
			base = this._tooManyRequests({ ...state, remaining: 0 }, 'injected');
		} else {
			const body =
				fault.body !== undefined ? fault.body : { error: `Injected fault: HTTP ${fault.status}` };
			base = normalize({ status: fault.status, body });
		}
		const merged = { ...base.headers, ...headers, ...extra };
		if (fault.retryAfter === null) delete merged['retry-after'];
		return { ...base, status: fault.status, headers: merged };
	}
}

module.exports = { ProviderServer };
