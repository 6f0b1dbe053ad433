'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { ProviderServer } = require('./server');
const { FaultRegistry } = require('./faults');
const { RequestLog, Stats } = require('./log');
const tlsRouting = require('./tls');

const SANDBOX_DIR = path.resolve(__dirname, '..');
const DEFAULT_PROVIDERS = ['kustomer', 'gladly', 'nutshell'];

// A provider is a module object, a name (./<name>/index.js next to core/), or a path to a .js file.
function loadProvider(spec) {
	if (spec && typeof spec === 'object') return spec;
	if (typeof spec !== 'string' || !spec) throw new TypeError(`invalid provider: ${String(spec)}`);
	const isPath = spec.includes('/') || spec.includes('\\') || spec.endsWith('.js');
	const file = isPath ? path.resolve(spec) : path.join(SANDBOX_DIR, spec, 'index.js');
	if (!fs.existsSync(file)) {
		throw new Error(
			isPath
				? `sandbox provider file not found: ${file}`
				: `sandbox provider "${spec}" not found: expected ${path.relative(process.cwd(), file) || file}`,
		);
	}
	const mod = require(file);
	return isPath ? mod : withExtensions(mod, path.join(SANDBOX_DIR, spec, 'extensions'));
}

// Extensions: every ./<name>/extensions/*.js exports extend(instance, env), called after create().
// They add routes (instance.routes.unshift(...), so they win over a provider's catch-all) and wrap
// instance.reset to clear their own state. This lets trigger-only endpoints live beside a provider
// without editing its index.js.
function withExtensions(mod, dir) {
	const files = fs.existsSync(dir)
		? fs
				.readdirSync(dir)
				.filter((f) => f.endsWith('.js'))
				.sort()
		: [];
	if (!files.length) return mod;
	const extensions = files.map((f) => require(path.join(dir, f)));
	return {
		...mod,
		create(env) {
			const instance = mod.create(env);
			for (const extension of extensions) extension.extend(instance, env);
			return instance;
		},
	};
}

// rateLimits[provider] is either one config (default bucket) / false, or { bucketName: config | false }.
function perBucket(value) {
	if (value === undefined) return {};
	if (value === false || value === null) return { default: false };
	if (typeof value !== 'object')
		throw new TypeError('rateLimits: expected an object or false per provider');
	const single = ['limit', 'windowMs', 'concurrency'].some((k) => k in value);
	return single ? { default: value } : value;
}

class Sandbox {
	constructor(options = {}) {
		const {
			providers = DEFAULT_PROVIDERS,
			host = '127.0.0.1',
			ports = {},
			rateLimits = {},
			latencyMs = 0,
			quiet = true,
			logRequests = true,
			now = Date.now,
			publicHosts = {},
		} = options;
		this.host = host;
		this.latencyMs = latencyMs;
		this.modules = providers.map(loadProvider);
		this.names = this.modules.map((m) => m && m.name);
		const dup = this.names.find((n, i) => this.names.indexOf(n) !== i);
		if (dup) throw new Error(`provider "${dup}" given twice`);
		for (const key of Object.keys(ports)) {
			if (!this.names.includes(key)) throw new Error(`ports: unknown provider "${key}"`);
		}
		for (const key of Object.keys(rateLimits)) {
			if (!this.names.includes(key)) throw new Error(`rateLimits: unknown provider "${key}"`);
		}
		this.log = new RequestLog({ enabled: logRequests });
		this.stats_ = new Stats(this.names);
		this.faults = new FaultRegistry(this.names);
		this.servers = new Map();
		for (const provider of this.modules) {
			const server = new ProviderServer({
				provider,
				host,
				port: ports[provider.name] || 0,
				log: this.log,
				stats: this.stats_,
				faults: this.faults,
				getLatency: () => this.latencyMs,
				rateLimits: perBucket(rateLimits[provider.name]),
				quiet,
				now,
				publicHost: this._claim(provider, publicHosts[provider.name]),
			});
			this.servers.set(provider.name, server);
		}
		this.now = now;
	}

	_claim(provider, override) {
		const spec = tlsRouting.publicHostOf(provider, override);
		return spec && tlsRouting.claimHost(this, spec);
	}

	async start() {
		try {
			for (const server of this.servers.values()) await server.listen();
			for (const server of this.servers.values()) {
				if (server.publicHost)
					this.proxyUrl = await tlsRouting.addRoutes(
						this,
						server.publicHost,
						server.tlsPort,
						server.directUrl,
					);
			}
		} catch (err) {
			await this.close();
			throw err;
		}
		return this;
	}

	_server(name) {
		const s = this.servers.get(name);
		if (!s)
			throw new Error(`unknown sandbox provider "${name}" (running: ${this.names.join(', ')})`);
		return s;
	}

	get providers() {
		return [...this.names];
	}

	get requests() {
		return this.log.entries;
	}

	/** The base URL a credential should hold: the app's https address when the provider has one. */
	url(name) {
		return this._server(name).url;
	}

	/** The provider's plain loopback listener, for tools that talk to the fake provider directly. */
	directUrl(name) {
		return this._server(name).directUrl;
	}

	/** Variables that make a process reach the providers' https addresses: HTTPS_PROXY, NODE_EXTRA_CA_CERTS, NO_PROXY. */
	env() {
		return this.proxyUrl ? tlsRouting.proxyEnv() : {};
	}

	urls() {
		return Object.fromEntries(this.names.map((n) => [n, this.url(n)]));
	}

	provider(name) {
		return this._server(name).instance;
	}

	requestsFor(name) {
		this._server(name);
		return this.log.for(name);
	}

	clearRequests() {
		this.log.clear();
	}

	inject(spec) {
		return this.faults.inject(spec);
	}

	clearFaults() {
		this.faults.clear();
	}

	setRateLimit(name, cfg, bucket = 'default') {
		this._server(name).setRateLimit(cfg, bucket);
	}

	rateLimitState(name, bucket = 'default', key = '') {
		return this._server(name).limiter.state(bucket, key);
	}

	setLatency(ms) {
		if (!(ms >= 0)) throw new TypeError('setLatency(): ms must be >= 0');
		this.latencyMs = ms;
	}

	stats(name) {
		if (name === undefined)
			return Object.fromEntries(this.names.map((n) => [n, this.stats_.get(n)]));
		return this.stats_.get(name);
	}

	reset() {
		this.log.clear();
		this.faults.clear();
		this.stats_.reset();
		for (const s of this.servers.values()) {
			s.resetCounters();
			s.instance.reset();
		}
	}

	async close() {
		await tlsRouting.removeRoutes(this);
		await Promise.all([...this.servers.values()].map((s) => s.close()));
	}
}

async function startSandbox(options) {
	return new Sandbox(options).start();
}

module.exports = { Sandbox, startSandbox, loadProvider, DEFAULT_PROVIDERS };
