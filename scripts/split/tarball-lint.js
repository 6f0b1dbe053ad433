#!/usr/bin/env node
'use strict';
/**
 * `npm run lint:tarball`: the lint legs of n8n's `@n8n/scan-community-package` (0.32.0, scanner.mjs),
 * run offline on the tarballs `npm run pack:split` wrote.
 *
 *   node scripts/split/tarball-lint.js [--no-source] [<tarball>...]   # default: node_modules/.cache/kgn-split/*.tgz
 *   node scripts/split/tarball-lint.js --self-test [<tarball>]          # proves the rules bite
 *
 * Tarball leg (per tarball): unpack, then lint every `**\/*.js` (not node_modules) plus the root
 * package.json with the scanner's ESLint config: @n8n/community-nodes `recommended`,
 * `no-console: error`, eslint-plugin-n8n-nodes-base `community` on package.json and
 * `credentials`/`nodes` on TypeScript with node-cli's exclusions, and `allowInlineConfig: false`
 * (eslint-disable comments are ignored, as the scanner ignores them).
 * Source leg (per package): the scanner lints, in the attested GitHub commit, the folder whose
 * package.json carries the package's name (`findPackageRoot`): `package.json` and
 * `{nodes,credentials}/**\/*.{js,ts,json}` there. Emulated on the files git would commit: the
 * repository root for the combined package, scripts/split/manifests/<name>/ for a split one (a
 * copy of its package.json that pack:split writes; without it the real scanner fails the split
 * packages, because the split folder is generated and not committed).
 * Skipped here, and said so in the output: the version lookup, the provenance check and the
 * download of the attested commit (they need the network and a published version).
 * Exits 1 on any lint error, a package the source leg cannot find, or when no tarball is found.
 */
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const { ROOT, SPLIT_DIR, listFiles } = require('./fs');

const SOURCE_PATTERN = /^(package\.json|(nodes|credentials)\/.+\.(js|ts|json))$/;

/** The scanner's flat config (buildScanConfig in scanner.mjs 0.32.0), built from this repo's node_modules. */
async function scanConfig() {
	const { n8nCommunityNodesPlugin } = await import('@n8n/eslint-plugin-community-nodes');
	const n8nNodesPlugin = require('eslint-plugin-n8n-nodes-base');
	const { defineConfig } = require('eslint/config');
	const parser = typescriptParser();
	return defineConfig(
		n8nCommunityNodesPlugin.configs.recommended,
		{ rules: { 'no-console': 'error' } },
		{ plugins: { 'n8n-nodes-base': n8nNodesPlugin } },
		{ files: ['package.json'], rules: { ...n8nNodesPlugin.configs.community.rules } },
		{
			files: ['**/credentials/**/*.ts'],
			rules: {
				...n8nNodesPlugin.configs.credentials.rules,
				'n8n-nodes-base/cred-class-field-documentation-url-miscased': 'off',
				'n8n-nodes-base/cred-class-field-type-options-password-missing': 'off',
			},
		},
		{
			files: ['**/nodes/**/*.ts'],
			rules: {
				...n8nNodesPlugin.configs.nodes.rules,
				'n8n-nodes-base/node-class-description-inputs-wrong-regular-node': 'off',
				'n8n-nodes-base/node-class-description-outputs-wrong': 'off',
				'n8n-nodes-base/node-param-type-options-max-value-present': 'off',
			},
		},
		{ files: ['**/*.json'], languageOptions: { parser } },
		{ files: ['**/*.ts'], languageOptions: { parser } },
	);
}

/** @typescript-eslint/parser: top-level if installed there, else the copy @n8n/node-cli's typescript-eslint brings. */
function typescriptParser() {
	try {
		const parser = require('@typescript-eslint/parser');
		return parser.default || parser;
	} catch {
		const cli = path.join(ROOT, 'node_modules', '@n8n', 'node-cli');
		return require(require.resolve('typescript-eslint', { paths: [cli] })).parser;
	}
}

/** Lint `files` (relative to `dir`) like the scanner's analyzePackage; returns { errors, warnings, report }. */
async function lintDir(dir, files) {
	const { ESLint } = require('eslint');
	const eslint = new ESLint({
		cwd: dir,
		allowInlineConfig: false,
		overrideConfigFile: true,
		overrideConfig: await scanConfig(),
	});
	const results = await eslint.lintFiles(files.map((f) => path.join(dir, f)));
	const errors = results.reduce((n, r) => n + r.errorCount, 0);
	const warnings = results.reduce((n, r) => n + r.warningCount, 0);
	const formatter = await eslint.loadFormatter('stylish');
	return { errors, warnings, files: files.length, report: await formatter.format(results) };
}

function unpack(tarball) {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tarball-lint-'));
	const result = spawnSync('tar', ['-xzf', tarball, '-C', dir, '--strip-components=1'], {
		encoding: 'utf8',
	});
	if (result.status !== 0) throw new Error(`tar -xzf ${tarball} failed: ${result.stderr}`);
	return dir;
}

function out(line = '') {
	process.stdout.write(`${line}\n`);
}

/**
 * `--self-test`: plant violations in a copy of a tarball (a `setTimeout` behind an eslint-disable
 * comment in a .js file, a runtime dependency in package.json) in a temp dir, and check that the
 * lint reports both. Proves the rules bite; touches nothing outside the temp dir.
 */
async function selfTest(tarball) {
	const dir = unpack(tarball);
	try {
		const js = listFiles(path.join(dir, 'dist')).find((f) => f.endsWith('.node.js'));
		fs.appendFileSync(
			path.join(dir, 'dist', js),
			'\n// eslint-disable-next-line\nsetTimeout(() => undefined, 1);\n',
		);
		const pkgFile = path.join(dir, 'package.json');
		const pkg = JSON.parse(fs.readFileSync(pkgFile, 'utf8'));
		fs.writeFileSync(
			pkgFile,
			JSON.stringify({ ...pkg, dependencies: { axios: '1.0.0' } }, null, 2),
		);
		const files = listFiles(dir).filter((f) => f.endsWith('.js') || f === 'package.json');
		const result = await lintDir(dir, files);
		const caught = ['no-restricted-globals', 'no-runtime-dependencies'].map((rule) => [
			rule,
			result.report.includes(rule),
		]);
		for (const [rule, hit] of caught)
			out(
				`${hit ? 'ok  ' : 'MISS'} self-test: planted ${rule} violation ${hit ? 'reported' : 'NOT reported'}`,
			);
		return result.errors > 0 && caught.every(([, hit]) => hit);
	} finally {
		fs.rmSync(dir, { recursive: true, force: true });
	}
}

/**
 * What the attested commit would hold: the files git tracks or would track (not ignored), or,
 * outside a git checkout, every file except the usual build and dependency folders.
 */
function committedFiles() {
	const git = spawnSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
		cwd: ROOT,
		encoding: 'utf8',
	});
	if (git.status === 0)
		return git.stdout.split('\n').filter((f) => f && fs.existsSync(path.join(ROOT, f)));
	return listFiles(ROOT, (rel) => /(^|\/)(node_modules|dist|coverage|\.[^/]+)$/.test(rel));
}

/** The scanner's findPackageRoot on the committed tree: the folder whose package.json is named `name`. */
function sourceRootOf(name, committed) {
	for (const file of committed.filter((f) => f === 'package.json' || f.endsWith('/package.json'))) {
		if (file.split('/').includes('node_modules')) continue;
		try {
			if (JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8')).name === name)
				return path.posix.dirname(file);
		} catch {
			// unparseable fixture: keep looking, as the scanner does
		}
	}
	return null;
}

/** Lint one tarball (tarball leg), and the source the scanner would lint for its package (source leg). */
async function lintPackage(tarball, committed, withSource) {
	const dir = unpack(tarball);
	const legs = [];
	try {
		const files = listFiles(
			dir,
			(rel) => rel === 'node_modules' || rel.endsWith('/node_modules'),
		).filter((f) => f.endsWith('.js') || f === 'package.json');
		legs.push({
			label: `${path.basename(tarball)} (tarball leg)`,
			dir,
			result: await lintDir(dir, files),
		});
		if (!withSource) return legs;
		const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
		const root = sourceRootOf(pkg.name, committed);
		const label = `${pkg.name} (source leg, ${root === null ? 'not found' : `./${root === '.' ? '' : root}`})`;
		if (root === null) {
			legs.push({
				label,
				problem: `the scanner would fail: no committed package.json is named ${pkg.name} (run 'node scripts/split/build.js --manifests-only', then commit scripts/split/manifests/)`,
			});
			return legs;
		}
		const prefix = root === '.' ? '' : `${root}/`;
		const sourceFiles = committed.filter(
			(f) => f.startsWith(prefix) && SOURCE_PATTERN.test(f.slice(prefix.length)),
		);
		const rootDir = path.join(ROOT, root);
		const result = await lintDir(
			rootDir,
			sourceFiles.map((f) => f.slice(prefix.length)),
		);
		const manifest = JSON.parse(fs.readFileSync(path.join(rootDir, 'package.json'), 'utf8'));
		const stale =
			JSON.stringify({ ...manifest, version: null }) !== JSON.stringify({ ...pkg, version: null });
		legs.push({
			label,
			dir: rootDir,
			result,
			problem: stale
				? `${prefix}package.json differs from the packed one: run 'node scripts/split/build.js --manifests-only' and commit it`
				: null,
		});
		return legs;
	} finally {
		fs.rmSync(dir, { recursive: true, force: true });
	}
}

async function main() {
	const argv = process.argv.slice(2);
	const withSource = !argv.includes('--no-source');
	let tarballs = argv.filter((a) => !a.startsWith('--')).map((a) => path.resolve(a));
	if (!tarballs.length) {
		const splitDir = SPLIT_DIR;
		tarballs = fs.existsSync(splitDir)
			? fs
					.readdirSync(splitDir)
					.filter((f) => f.endsWith('.tgz'))
					.map((f) => path.join(splitDir, f))
			: [];
	}
	if (!tarballs.length) {
		out(
			'lint:tarball: no tarball found in node_modules/.cache/kgn-split/; run `npm run pack:split` first',
		);
		process.exit(1);
	}

	if (argv.includes('--self-test')) {
		const passed = await selfTest(tarballs[0]);
		out(
			passed
				? 'lint:tarball --self-test: planted violations were caught'
				: 'lint:tarball --self-test: FAILED',
		);
		process.exit(passed ? 0 : 1);
	}

	out(
		'Runs the lint legs of @n8n/scan-community-package offline, with its ESLint config and allowInlineConfig: false:',
	);
	out('  tarball leg: every **/*.js and the package.json of each tarball;');
	out(
		withSource
			? '  source leg: package.json and {nodes,credentials}/**/*.{js,ts,json} of the folder the scanner would pick in the commit.'
			: '  source leg: skipped (--no-source).',
	);
	out(
		'SKIPPED (they need the network and a published version): version lookup on npm, the provenance check,',
	);
	out(
		'  and the download of the attested GitHub commit (the source leg lints this working tree as git would commit it).',
	);

	const committed = withSource ? committedFiles() : [];
	let failed = false;
	for (const tarball of tarballs) {
		for (const leg of await lintPackage(tarball, committed, withSource)) {
			const errors = leg.result ? leg.result.errors : 0;
			const bad = errors > 0 || Boolean(leg.problem);
			const counts = leg.result
				? `: ${leg.result.files} files, ${errors} errors, ${leg.result.warnings} warnings`
				: '';
			out(`${bad ? 'FAIL' : 'ok  '} ${leg.label}${counts}`);
			if (leg.problem) out(`     ${leg.problem}`);
			if (leg.result && (leg.result.errors || leg.result.warnings))
				out(leg.result.report.split(leg.dir + path.sep).join(''));
			if (bad) failed = true;
		}
	}
	out(failed ? 'lint:tarball: FAILED' : 'lint:tarball: all legs passed');
	process.exit(failed ? 1 : 0);
}

main().catch((error) => {
	process.stderr.write(`${error.stack || error}\n`);
	process.exit(1);
});
