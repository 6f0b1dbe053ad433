'use strict';
// Paths for TypeScript tests, which may not use __dirname or process (strict lint).
const path = require('node:path');

module.exports = {
	ROOT: path.resolve(__dirname, '..', '..'),
	REFERENCE: path.resolve(__dirname, '..', '..', '..', 'shared', 'reference'),
};
