'use strict';

// Test-only (jest setupFiles; never shipped): makes this process trust the sandbox's throwaway CA.
// Node reads NODE_EXTRA_CA_CERTS once, at process start. jest.config.js sets it for the workers it
// forks, but a run in band (jest -i) or a worker started without it would not trust the fake
// providers' certificate, so every TLS context created without its own `ca` gets the test CA added.

const fs = require('node:fs');
const tls = require('node:tls');
const { CA_FILE } = require('./core/tls');

const PATCHED = Symbol.for('n8n-nodes-kgn.sandbox.trust');

if (!tls[PATCHED]) {
	const ca = fs.readFileSync(CA_FILE, 'utf8');
	const original = tls.createSecureContext;
	tls.createSecureContext = function createSecureContextTrustingSandbox(options, ...rest) {
		const context = original.call(this, options, ...rest);
		if (!options || !options.ca) context.context.addCACert(ca);
		return context;
	};
	tls[PATCHED] = true;
}
