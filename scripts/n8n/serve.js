#!/usr/bin/env node
'use strict';
/**
 * Run a real n8n in the foreground with a community package installed: the engine behind
 * `npm start`.
 *
 *   node scripts/n8n/serve.js --package <tarball|folder> [--version 2.41.1] [--port 5678]
 *                             [--user-folder <dir>] [--fresh] [--owner]
 *
 * - installs n8n once into the cache (minutes the first time, see install.js);
 * - keeps its data in a persistent user folder (default `<cache>/dev-instance`, outside the
 *   repo) so workflows and credentials survive restarts; `--fresh` wipes it first;
 * - (re)installs the package into `<user folder>/.n8n/nodes` on every start;
 * - `--owner` sets up the owner account (DEFAULT_OWNER in instance.js) so you can log in at once;
 *   without it n8n shows its own owner setup page;
 * - Ctrl-C stops n8n cleanly.
 *
 * As a library: `serve({ packageSpec, version, port, userFolder, fresh, owner })` resolves
 * { instance, main, baseUrl } and leaves n8n running.
 */
const fs = require('fs');
const path = require('path');
const { cacheRoot, makeLogger, rmrf } = require('./util');
const { ensureN8n } = require('./install');
const { createInstance, setupOwnerAndLogin, DEFAULT_OWNER } = require('./instance');

async function serve({
	packageSpec,
	version,
	port = 5678,
	userFolder,
	fresh = false,
	owner = false,
	echo = true,
	log = makeLogger('serve'),
} = {}) {
	const n8n = await ensureN8n({ version, log });
	const folder = path.resolve(userFolder || path.join(cacheRoot(), 'dev-instance'));
	if (fresh) rmrf(folder);
	fs.mkdirSync(folder, { recursive: true });
	const instance = await createInstance({ n8n, userFolder: folder, keep: true, log });
	if (packageSpec) await instance.installPackage(packageSpec);
	const main = await instance.start({ port, echo });
	if (owner) {
		await setupOwnerAndLogin(main.baseUrl);
		log(`owner: ${DEFAULT_OWNER.email} / ${DEFAULT_OWNER.password}`);
	}
	log(
		`n8n ${n8n.version} is running at ${main.baseUrl} (data: ${folder}, log: ${main.logFile}); Ctrl-C stops it`,
	);
	return { instance, main, baseUrl: main.baseUrl };
}

function parseArgs(argv) {
	const out = {};
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		const [k, inline] = a.startsWith('--') ? a.slice(2).split(/=(.*)/s, 2) : [null, null];
		const val = () => (inline !== undefined ? inline : argv[++i]);
		if (k === 'package') out.packageSpec = val();
		else if (k === 'version') out.version = val();
		else if (k === 'port') out.port = parseInt(val(), 10);
		else if (k === 'user-folder') out.userFolder = val();
		else if (k === 'fresh') out.fresh = true;
		else if (k === 'owner') out.owner = true;
		else throw new Error(`unknown argument ${a}`);
	}
	return out;
}

module.exports = { serve };

if (require.main === module) {
	let running = null;
	let stopping = false;
	const stop = async (code) => {
		if (stopping) return;
		stopping = true;
		if (running) await running.instance.stop();
		process.exit(code);
	};
	process.on('SIGINT', () => stop(0));
	process.on('SIGTERM', () => stop(0));
	serve(parseArgs(process.argv.slice(2)))
		.then((r) => {
			running = r;
			r.main.exited.then(({ code, signal }) => {
				if (!stopping) {
					process.stderr.write(`n8n exited (${code ?? signal}); log: ${r.main.logFile}\n`);
					process.exit(code || 1);
				}
			});
		})
		.catch(async (e) => {
			process.stderr.write(`${e.stack || e}\n`);
			await stop(1);
		});
}
