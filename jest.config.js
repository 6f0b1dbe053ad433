const path = require('node:path');

// Requests reach the sandbox's fake providers at the apps' real https hosts through its CONNECT proxy
// (test/sandbox/core/tls.js), with a certificate from a throwaway test CA. Workers forked by jest read
// NODE_EXTRA_CA_CERTS at start; test/sandbox/trust.js covers a run in band.
process.env.NODE_EXTRA_CA_CERTS ??= path.join(__dirname, 'test', 'fixtures', 'tls', 'ca.pem');

/** Unit, contract and engine tests. The engine tests load the built package from dist/ (run `npm run build` first; `npm test` does). */
module.exports = {
	testEnvironment: 'node',
	roots: ['<rootDir>/test'],
	testMatch: ['**/*.test.ts'],
	// Transpile only (tsconfig.test.json has isolatedModules): `npm test` type-checks with tsc separately.
	transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.test.json' }] },
	setupFiles: ['<rootDir>/test/sandbox/trust.js'],
	testTimeout: 60_000,
	maxWorkers: 2,
};
