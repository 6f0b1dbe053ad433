'use strict';
// Where the trigger harness loads the built package from: the repository (dist/ after
// `npm run build`), or TRIGGER_PACKAGE_ROOT, a private build used while other nodes of the
// shared tree are being rebuilt (a directory with package.json, dist/ and a node_modules link).
const { ROOT } = require('./paths');

module.exports = { PACKAGE_ROOT: process.env.TRIGGER_PACKAGE_ROOT || ROOT };
