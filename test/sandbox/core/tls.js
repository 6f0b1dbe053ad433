'use strict';

// How requests reach the fake providers without weakening what ships: the credentials accept only
// the apps' real https hosts, so each fake provider also listens with TLS (a certificate for the app
// hosts, signed by the throwaway CA in test/fixtures/tls/), and a small CONNECT proxy routes
// `<app host>:443` to it. Processes that send requests get
//   HTTPS_PROXY=<proxy>  NODE_EXTRA_CA_CERTS=<ca.pem>  NO_PROXY=localhost,127.0.0.1,::1
// exactly what an n8n admin sets for a corporate proxy. n8n's request layer (proxy-from-env) reads
// the proxy variables per request; NODE_EXTRA_CA_CERTS is read at process start (jest: see trust.js).
//
// One proxy per process, shared by every open sandbox: a routing table maps each host to a
// provider's TLS port. Sandboxes open at the same time (tests run concurrently) each get their own
// host: the first takes the app's usual one (acme.api.kustomerapp.com, acme.gladly.com,
// app.nutshell.com), the next ones acme-2… / app02…, so no request can reach another test's fake.
// A host asked for explicitly (publicHosts) goes to the most recent sandbox that asked, and back to
// the previous one when it closes. Other hosts of the app go to the most recently started sandbox.
// Hosts nobody owns are tunnelled to the real address, so a decoy on another address still sees
// whatever a request would have sent (tests assert on that).

const fs = require('node:fs');
const http = require('node:http');
const net = require('node:net');
const path = require('node:path');
const tls = require('node:tls');

const TLS_DIR = path.resolve(__dirname, '..', '..', 'fixtures', 'tls');
const CA_FILE = path.join(TLS_DIR, 'ca.pem');
const NO_PROXY = 'localhost,127.0.0.1,::1';

/** The public host each provider answers as, and the other hosts of the app it also answers for. */
const PUBLIC_HOSTS = {
	kustomer: {
		host: 'acme.api.kustomerapp.com',
		alias: (n) => `acme-${n}.api.kustomerapp.com`,
		also: /^(?:[a-z0-9-]+\.)?api(?:\.prod\d)?\.kustomerapp\.com$/,
	},
	gladly: {
		host: 'acme.gladly.com',
		alias: (n) => `acme-${n}.gladly.com`,
		also: /^[a-z0-9-]+(?:\.[a-z0-9-]+)?\.gladly\.(?:com|qa)$/,
	},
	// app01.nutshell.com is the form Nutshell's API discovery (getApiForUsername) has returned.
	nutshell: {
		host: 'app.nutshell.com',
		alias: (n) => `app${String(n).padStart(2, '0')}.nutshell.com`,
		also: /^app(?:\d\d)?\.nutshell\.com$/,
	},
};

const claimed = new Map(); // host -> owner, for hosts handed out by claimHost

/** Picks a host for a provider of a sandbox being created: the usual one if free, else the next free alias. */
function claimHost(owner, spec) {
	if (!spec.alias) return spec;
	for (let n = 1; n < 100; n++) {
		const host = n === 1 ? spec.host : spec.alias(n);
		if (claimed.has(host)) continue;
		claimed.set(host, owner);
		return { ...spec, host };
	}
	throw new Error(`sandbox: more than 99 open sandboxes for ${spec.host}`);
}

function releaseHosts(owner) {
	for (const [host, who] of claimed) if (who === owner) claimed.delete(host);
}

let credentialsCache;
function serverCredentials() {
	credentialsCache ??= {
		key: fs.readFileSync(path.join(TLS_DIR, 'server-key.pem')),
		cert: fs.readFileSync(path.join(TLS_DIR, 'server.pem')),
	};
	return credentialsCache;
}

/** Public-host spec of a provider (name from PUBLIC_HOSTS, or the module's own `publicHost`). */
function publicHostOf(provider, override) {
	if (override === false) return undefined;
	if (typeof override === 'string') return { host: override.toLowerCase(), also: undefined };
	if (typeof provider.publicHost === 'string')
		return { host: provider.publicHost.toLowerCase(), also: undefined };
	return PUBLIC_HOSTS[provider.name];
}

/**
 * A TLS listener for one provider's HTTP server: decrypted sockets are handed to the HTTP server, so
 * the request pipeline, log and connection counting are the same for both.
 */
async function listenTls(httpServer, host) {
	const server = tls.createServer(
		{ ...serverCredentials(), ALPNProtocols: ['http/1.1'], noDelay: true },
		(socket) => {
			httpServer.emit('connection', socket);
		},
	);
	server.on('tlsClientError', () => {});
	await new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, host, resolve);
	});
	return server;
}

// ---- the process-wide proxy ----

let proxy; // { server, port, url, sockets, ready }
const routes = new Map(); // host -> [{ owner, host, port }]
const owners = new Map(); // owner -> count of routes
/** Every CONNECT the proxy saw: { host, port, routed } (routed: to a fake provider). */
const connects = [];

function route(hostname) {
	const host = hostname.toLowerCase();
	const exact = routes.get(host);
	if (exact && exact.length) return exact[exact.length - 1];
	let best;
	for (const entries of routes.values()) {
		for (const entry of entries)
			if (entry.also && entry.also.test(host) && (!best || entry.seq > best.seq)) best = entry;
	}
	return best;
}

function parseAuthority(authority) {
	const m = /^\[([^\]]+)\]:(\d+)$/.exec(authority) || /^([^:]+):(\d+)$/.exec(authority);
	return m ? { host: m[1], port: Number(m[2]) } : undefined;
}

async function startProxy() {
	const sockets = new Set();
	const server = http.createServer((req, res) => {
		res.writeHead(400, { 'content-type': 'text/plain' }).end('sandbox proxy: CONNECT only\n');
	});
	server.on('connection', (socket) => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
	});
	server.on('connect', (req, client, head) => {
		const target = parseAuthority(req.url || '');
		if (!target) {
			client.end('HTTP/1.1 400 Bad Request\r\n\r\n');
			return;
		}
		const entry = target.port === 443 ? route(target.host) : undefined;
		connects.push({ host: target.host, port: target.port, routed: Boolean(entry) });
		const upstream = entry
			? net.connect({ port: entry.port, host: '127.0.0.1', noDelay: true })
			: net.connect({ port: target.port, host: target.host, noDelay: true });
		client.setNoDelay(true);
		sockets.add(upstream);
		upstream.on('close', () => sockets.delete(upstream));
		upstream.once('connect', () => {
			client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
			if (head && head.length) upstream.write(head);
			upstream.pipe(client);
			client.pipe(upstream);
		});
		upstream.on('error', () => {
			if (client.writable) client.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
		});
		client.on('error', () => upstream.destroy());
	});
	await new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', resolve);
	});
	server.unref();
	const { port } = server.address();
	return { server, port, url: `http://127.0.0.1:${port}`, sockets };
}

/**
 * Puts the proxy variables into this process's environment (n8n's request layer reads them per
 * request), so in-process engines and every child process started afterwards use the proxy.
 */
function applyEnv(env) {
	for (const [key, value] of Object.entries(env)) process.env[key] = value;
	for (const key of [
		'https_proxy',
		'no_proxy',
		'HTTP_PROXY',
		'http_proxy',
		'ALL_PROXY',
		'all_proxy',
	])
		delete process.env[key];
}

function proxyEnv() {
	if (!proxy) throw new Error('sandbox proxy is not running');
	return { HTTPS_PROXY: proxy.url, NODE_EXTRA_CA_CERTS: CA_FILE, NO_PROXY };
}

let seq = 0;
/** Registers one provider's hosts for an owner (a Sandbox); starts the proxy on first use. */
async function addRoutes(owner, spec, tlsPort, direct) {
	if (!proxy) {
		proxy = startProxy();
		proxy = await proxy;
	} else if (typeof proxy.then === 'function') {
		await proxy;
	}
	const entry = { owner, host: spec.host, port: tlsPort, also: spec.also, direct, seq: ++seq };
	if (!routes.has(spec.host)) routes.set(spec.host, []);
	routes.get(spec.host).push(entry);
	owners.set(owner, (owners.get(owner) || 0) + 1);
	applyEnv(proxyEnv());
	return proxy.url;
}

/** Removes an owner's routes; the last owner out stops the proxy. */
async function removeRoutes(owner) {
	releaseHosts(owner);
	if (!owners.has(owner)) return;
	owners.delete(owner);
	for (const [host, entries] of routes) {
		const kept = entries.filter((e) => e.owner !== owner);
		if (kept.length) routes.set(host, kept);
		else routes.delete(host);
	}
	if (owners.size === 0 && proxy && proxy.server) {
		const { server, sockets } = proxy;
		proxy = undefined;
		for (const s of sockets) s.destroy();
		await new Promise((resolve) => server.close(() => resolve()));
	}
}

/** The direct loopback URL serving a public https URL of an open sandbox (for tools that bypass the proxy). */
function directUrlFor(url) {
	const parsed = new URL(url);
	const entry = parsed.protocol === 'https:' && !parsed.port ? route(parsed.hostname) : undefined;
	if (!entry || !entry.direct) return undefined;
	return `${entry.direct}${parsed.pathname}${parsed.search}`;
}

module.exports = {
	CA_FILE,
	NO_PROXY,
	PUBLIC_HOSTS,
	publicHostOf,
	claimHost,
	releaseHosts,
	listenTls,
	addRoutes,
	removeRoutes,
	proxyEnv,
	directUrlFor,
	connects,
	routes,
};
