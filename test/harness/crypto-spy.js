'use strict';
// Spies on Node's crypto.timingSafeEqual as the built nodes call it (they read it from the core module at
// call time). Plain JavaScript: TypeScript tests may not import Node built-ins other than crypto's functions.
const crypto = require('node:crypto');

module.exports = {
	spyOnTimingSafeEqual: () => jest.spyOn(crypto, 'timingSafeEqual'),
};
