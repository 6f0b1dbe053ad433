'use strict';

// Entry point of the fake provider servers. See README.md.
//   const { startSandbox } = require('./test/sandbox');
// CLI: node test/sandbox/index.js [--port-<provider> N] [--host H] [--latency MS]
//      [--providers a,b|path.js] [--no-rate-limits] [--verbose]
// prints one JSON line { "<provider>": "https://<app host>", ... } and runs until SIGINT/SIGTERM;
// stderr names the HTTPS_PROXY / NODE_EXTRA_CA_CERTS / NO_PROXY a request sender needs.

const { Sandbox, startSandbox, DEFAULT_PROVIDERS } = require('./core/sandbox');
const { directUrlFor } = require('./core/tls');

/**
 * fetch() for test doubles of n8n's request helpers: a URL on an open sandbox's https address goes to
 * that provider's loopback listener (Node's fetch ignores HTTPS_PROXY); any other URL is fetched as is.
 */
function sandboxFetch(input, init) {
	const url = String(input instanceof URL ? input.href : input);
	return fetch(directUrlFor(url) ?? url, init);
}

function parseArgs(argv) {
	const opts = { providers: DEFAULT_PROVIDERS, ports: {}, quiet: true };
	let noRateLimits = false;
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		const value = () => {
			const v = argv[++i];
			if (v === undefined) throw new Error(`${arg} needs a value`);
			return v;
		};
		const port = /^--port-(.+)$/.exec(arg);
		if (port) {
			const n = Number(value());
			if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`${arg}: invalid port`);
			opts.ports[port[1]] = n;
		} else if (arg === '--host') opts.host = value();
		else if (arg === '--latency') opts.latencyMs = Number(value());
		else if (arg === '--providers') opts.providers = value().split(',').filter(Boolean);
		else if (arg === '--no-rate-limits') noRateLimits = true;
		else if (arg === '--verbose') opts.quiet = false;
		else throw new Error(`unknown argument ${arg}`);
	}
	return { opts, noRateLimits };
}

async function main() {
	const { opts, noRateLimits } = parseArgs(process.argv.slice(2));
	const sb = await startSandbox(opts);
	if (noRateLimits) for (const name of sb.providers) sb.setRateLimit(name, false);
	// URLs only: nothing secret is printed in CLI mode (--verbose adds method, path and status per request).
	process.stdout.write(JSON.stringify(sb.urls()) + '\n');
	if (Object.keys(sb.env()).length)
		process.stderr.write(`sandbox: start request senders with ${JSON.stringify(sb.env())}\n`);
	let stopping = false;
	const stop = async () => {
		if (stopping) return;
		stopping = true;
		await sb.close();
		process.exit(0);
	};
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
}

if (require.main === module) {
	main().catch((err) => {
		process.stderr.write(`sandbox: ${err.message}\n`);
		process.exit(1);
	});
}

module.exports = { startSandbox, Sandbox, sandboxFetch, directUrlFor };
