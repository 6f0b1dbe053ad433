'use strict';
// Paths for TypeScript tests, which may not use __dirname or process (strict lint). Everything a test reads lies
// inside the repository: provider API documents are vendored under test/fixtures/openapi.
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..', '..');

module.exports = {
	ROOT,
	OPENAPI: path.join(ROOT, 'test', 'fixtures', 'openapi'),
};
