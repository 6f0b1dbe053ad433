#!/usr/bin/env node
'use strict';
/**
 * Install a pinned n8n once into the cache (outside the repo) and rebuild sqlite3 for the Node
 * that will run it.
 *
 *   node scripts/n8n/install.js [version]     # default 2.41.1; prints the install dir on stdout
 *
 * Layout: `<cache>/n8n-<version>-node<major>/` holding a wrapper package.json and
 * node_modules/n8n; `<cache>` is `${XDG_CACHE_HOME:-~/.cache}/n8n-nodes-kgn` (or KGN_N8N_CACHE).
 * The first install takes 3-10 minutes (npm fetches well over a thousand packages, ~780 MB, then sqlite3 is
 * compiled from source); later runs find the stamp file and return at once.
 *
 * Node choice: n8n >= 2.36 needs Node >= 24 (downloaded by node24.js when the running Node is
 * older), 2.10-2.35 needs >= 22, <= 2.9 runs on Node 20 (and needs the xlsx override: its xlsx
 * tarball comes from a CDN that is unreachable here).
 */
const fs = require('fs');
const path = require('path');
const {
	cacheRoot,
	makeLogger,
	run,
	rmrf,
	cmpVersion,
	withLock,
	killChildrenOnSignals,
} = require('./util');
const { ensureNode24, runNpm, nodeDirFor, majorOf, envForNode } = require('./node24');

const DEFAULT_N8N_VERSION = '2.41.1';
const STAMP = '.kgn-install-complete';

/** Minimum Node major for an n8n version (measured from the engines fields). */
function minNodeMajor(n8nVersion) {
	if (cmpVersion(n8nVersion, '2.36.0') >= 0) return 24;
	if (cmpVersion(n8nVersion, '2.10.0') >= 0) return 22;
	return 20;
}

/** npm overrides needed in the wrapper folder for an n8n version. */
function defaultOverrides(n8nVersion) {
	// n8n-nodes-base <= 2.35 takes xlsx from cdn.sheetjs.com (not the npm registry).
	if (cmpVersion(n8nVersion, '2.36.0') < 0) return { xlsx: '0.18.5' };
	return {};
}

/** Pick the Node to run a given n8n version: { node, nodeDir, version, source }. */
async function nodeFor(n8nVersion, { log, node } = {}) {
	if (node) {
		const v = (await run(node, ['--version'], { check: true })).stdout.trim().replace(/^v/, '');
		return { node, nodeDir: nodeDirFor(node), version: v, source: 'option' };
	}
	const need = minNodeMajor(n8nVersion);
	if (majorOf(process.version) >= need) {
		return {
			node: process.execPath,
			nodeDir: nodeDirFor(process.execPath),
			version: process.version.slice(1),
			source: 'process',
		};
	}
	return ensureNode24({ log });
}

function installDir(version, nodeMajor) {
	return path.join(cacheRoot(), `n8n-${version}-node${nodeMajor}`);
}

function n8nBinPath(dir) {
	return path.join(dir, 'node_modules', 'n8n', 'bin', 'n8n');
}

/**
 * Ensure n8n `version` is installed. Resolves
 * { version, dir, n8nBin, node, nodeDir, nodeVersion, cached, seconds }.
 * Options: version, node (force a node binary), overrides (npm overrides), force (reinstall), log.
 */
async function ensureN8n(opts = {}) {
	const version = opts.version || process.env.KGN_N8N_VERSION || DEFAULT_N8N_VERSION;
	const log = opts.log || makeLogger(`n8n ${version}`);
	const t0 = Date.now();
	const nodeInfo = await nodeFor(version, { log, node: opts.node });
	const nodeMajor = majorOf(nodeInfo.version);
	const dir = installDir(version, nodeMajor);
	const stampFile = path.join(dir, STAMP);
	const n8nBin = n8nBinPath(dir);
	const result = {
		version,
		dir,
		n8nBin,
		node: nodeInfo.node,
		nodeDir: nodeInfo.nodeDir,
		nodeVersion: nodeInfo.version,
	};

	const isDone = () => fs.existsSync(stampFile) && fs.existsSync(n8nBin);
	if (!opts.force && isDone()) {
		log(`cached at ${dir} (Node ${nodeInfo.version})`);
		return { ...result, cached: true, seconds: (Date.now() - t0) / 1000 };
	}
	fs.mkdirSync(cacheRoot(), { recursive: true });
	return withLock(
		`${dir}.lock`,
		async () => {
			if (!opts.force && isDone()) {
				log(`installed meanwhile by another process: ${dir}`);
				return { ...result, cached: true, seconds: (Date.now() - t0) / 1000 };
			}
			const seconds = await install({
				version,
				dir,
				nodeInfo,
				n8nBin,
				stampFile,
				overrides: opts.overrides,
				log,
				t0,
			});
			return { ...result, cached: false, seconds };
		},
		{ log },
	);
}

/** The install itself (caller holds the lock). Resolves the elapsed seconds since t0. */
async function install({
	version,
	dir,
	nodeInfo,
	n8nBin,
	stampFile,
	overrides: overridesOpt,
	log,
	t0,
}) {
	log(`installing n8n@${version} with Node ${nodeInfo.version} into ${dir}`);
	log(
		'a first install takes 3-10 minutes (npm fetches well over a thousand packages, ~780 MB, then sqlite3 is compiled from source)',
	);
	if (fs.existsSync(dir)) {
		log('removing a partial earlier install');
		rmrf(dir);
	}
	fs.mkdirSync(dir, { recursive: true });
	const overrides = overridesOpt || defaultOverrides(version);
	const wrapper = {
		name: `kgn-n8n-${version.replace(/[^a-z0-9]/gi, '-')}`,
		version: '0.0.0',
		private: true,
		description: 'n8n install used by n8n-nodes-kustomer-gladly-nutshell e2e tests and npm start',
		dependencies: { n8n: version },
	};
	if (Object.keys(overrides).length) wrapper.overrides = overrides;
	fs.writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify(wrapper, null, 2)}\n`);
	const logFile = path.join(dir, 'install.log');
	log(`step 1/3: npm install n8n@${version} --ignore-scripts (log: ${logFile})`);
	// A heartbeat so a long silent npm install does not look hung.
	const beat = setInterval(() => log('  ... npm install still running'), 30000);
	let r;
	try {
		r = await runNpm(
			nodeInfo.node,
			['install', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error', '--no-save'],
			{ cwd: dir, logFile, timeoutMs: 40 * 60 * 1000 },
		);
	} finally {
		clearInterval(beat);
	}
	if (r.code !== 0) {
		throw new Error(
			`npm install n8n@${version} failed (exit ${r.code}); see ${logFile}\n${(r.stderr || '').slice(-3000)}`,
		);
	}
	log('step 1/3 done');

	log('step 2/3: npm rebuild sqlite3 --build-from-source (compiles SQLite, ~1-2 min)');
	const rebuildEnv = { JOBS: String(Math.max(1, require('os').cpus().length)) };
	if (nodeInfo.nodeDir) rebuildEnv.npm_config_nodedir = nodeInfo.nodeDir;
	else
		log(
			`  warning: no headers next to ${nodeInfo.node}; node-gyp uses npm's nodedir (${process.env.npm_config_nodedir || 'npm config'})`,
		);
	const beat2 = setInterval(() => log('  ... still compiling sqlite3'), 30000);
	try {
		r = await runNpm(
			nodeInfo.node,
			[
				'rebuild',
				'sqlite3',
				'--build-from-source',
				'--ignore-scripts=false',
				'--foreground-scripts',
				'--loglevel=error',
			],
			{ cwd: dir, env: rebuildEnv, logFile, timeoutMs: 30 * 60 * 1000 },
		);
	} finally {
		clearInterval(beat2);
	}
	if (r.code !== 0) {
		throw new Error(
			`npm rebuild sqlite3 failed (exit ${r.code}); see ${logFile}\n${(r.stderr || '').slice(-3000)}`,
		);
	}

	log('step 3/3: checking that sqlite3 loads and n8n answers --version');
	const chk = await run(
		nodeInfo.node,
		['-e', "const s=require('sqlite3');new s.Database(':memory:').close();"],
		{ cwd: dir, env: envForNode(nodeInfo.node), timeoutMs: 60000 },
	);
	if (chk.code !== 0)
		throw new Error(`sqlite3 does not load after the rebuild:\n${chk.stderr.slice(-3000)}`);
	if (fs.existsSync(path.join(dir, 'node_modules', 'isolated-vm'))) {
		// n8n >= 2.13's default expression engine ('vm'); it ships prebuilt binaries, so
		// --ignore-scripts is fine, but say so early if this platform has none.
		const ivm = await run(
			nodeInfo.node,
			[
				'-e',
				"const i=new (require('isolated-vm').Isolate)();i.compileScriptSync('1').runSync(i.createContextSync());",
			],
			{ cwd: dir, env: envForNode(nodeInfo.node), timeoutMs: 60000 },
		);
		if (ivm.code !== 0) {
			log(
				'  warning: isolated-vm does not load (no prebuilt binary?): n8n will not start with its default',
			);
			log(
				'  expression engine; set N8N_EXPRESSION_ENGINE=legacy, or run `npm rebuild isolated-vm` in that folder',
			);
		}
	}
	const ver = await run(nodeInfo.node, [n8nBin, '--version'], {
		cwd: dir,
		env: envForNode(nodeInfo.node, { N8N_DIAGNOSTICS_ENABLED: 'false' }),
		timeoutMs: 120000,
	});
	if (ver.code !== 0 || !ver.stdout.includes(version)) {
		throw new Error(
			`n8n --version failed (exit ${ver.code}): ${ver.stdout}\n${ver.stderr.slice(-3000)}`,
		);
	}
	fs.writeFileSync(
		stampFile,
		`${JSON.stringify({ version, node: nodeInfo.version, at: new Date().toISOString() })}\n`,
	);
	const seconds = (Date.now() - t0) / 1000;
	log(`n8n ${version} ready in ${seconds.toFixed(0)} s`);
	return seconds;
}

module.exports = {
	ensureN8n,
	DEFAULT_N8N_VERSION,
	minNodeMajor,
	defaultOverrides,
	installDir,
	n8nBinPath,
};

if (require.main === module) {
	killChildrenOnSignals();
	ensureN8n({ version: process.argv[2] })
		.then((r) => process.stdout.write(`${r.dir}\n`))
		.catch((e) => {
			process.stderr.write(`${e.stack || e}\n`);
			process.exit(1);
		});
}
