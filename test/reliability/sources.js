'use strict';

// Reads the package's TypeScript sources for static checks (the .ts tests may not use Node built-ins).
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..', '..');

function readSource(relative) {
	return fs.readFileSync(path.join(ROOT, relative), 'utf8');
}

module.exports = { readSource };
