#!/usr/bin/env node
'use strict';
/**
 * `npm run pack:split`: build this repository once, then assemble one package per app in
 * `node_modules/.cache/kgn-split/<package>/` and `npm pack` it, plus the combined package, into that folder's `*.tgz`.
 *
 *   node scripts/split/build.js [--no-build] [--no-pack] [--only <app id>] [--check-manifests]
 *   node scripts/split/build.js --manifests-only [--check-manifests]   # scripts/split/manifests/ only
 *
 * Each split package holds, under dist/, its app's credential, node folders (action node and
 * triggers, with codex files), nodes/shared and its icons; a package.json derived from the main
 * one (only its own nodes and credential, no dependencies, peerDependencies { n8n-workflow: * });
 * LICENSE; and a README cut from the main README's `<!-- app:<id> -->` blocks (or
 * nodes/<App>/README.section.md). The builder refuses to write a package whose compiled files
 * require something it does not carry. See scripts/split/README.md.
 */
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const lib = require('./lib');
const { ROOT, SPLIT_DIR, listFiles, readJson, mainPackage } = require('./fs');

const OUT = SPLIT_DIR;
const DIST = path.join(ROOT, 'dist');
const MANIFESTS = path.join(__dirname, 'manifests');
/** Files of the combined build that no split package carries. */
const NOT_SHIPPED = new Set(['package.json', 'tsconfig.tsbuildinfo']);

function log(line = '') {
	process.stdout.write(`${line}\n`);
}

function fail(message) {
	process.stderr.write(`pack:split: ${message}\n`);
	process.exit(1);
}

function run(command, args, options = {}) {
	const result = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8', ...options });
	if (result.status !== 0) {
		fail(
			`${command} ${args.join(' ')} failed (exit ${result.status})\n${result.stdout || ''}${result.stderr || ''}`,
		);
	}
	return result;
}

/** `npm pack <dir>` into the split folder, returning the tarball's file name. */
function pack(dir) {
	const result = run(
		'npm',
		['pack', dir, '--pack-destination', OUT, '--json', '--ignore-scripts'],
		{ stdio: ['ignore', 'pipe', 'pipe'] },
	);
	const info = JSON.parse(result.stdout);
	return info[0].filename.replace(/^@/, '').replace(/\//, '-');
}

function readmeFor(appInfo, mainReadme) {
	const fromMain = lib.readmeSection(mainReadme, appInfo.id);
	if (fromMain) return { text: fromMain, source: `README.md <!-- app:${appInfo.id} -->` };
	const fallback = path.join(ROOT, 'nodes', appInfo.app, 'README.section.md');
	if (fs.existsSync(fallback))
		return {
			text: fs.readFileSync(fallback, 'utf8').trim(),
			source: path.relative(ROOT, fallback),
		};
	return {
		text: null,
		source:
			'generated (no README section found: mark one with <!-- app:' +
			appInfo.id +
			' --> ... <!-- /app:' +
			appInfo.id +
			' -->)',
	};
}

/** The split package.json, or exit when it breaks a rule of checkSplitPackageJson. */
function checkedPackageJson(mainPkg, appInfo) {
	const pkg = lib.splitPackageJson(mainPkg, appInfo);
	const problems = lib.checkSplitPackageJson(pkg, appInfo);
	if (problems.length) fail(`${appInfo.packageName}/package.json: ${problems.join('; ')}`);
	return pkg;
}

/**
 * The scanner lints the attested commit's folder whose package.json carries the package's name, so
 * a copy of each split package.json is committed in scripts/split/manifests/<name>/ (README.md,
 * "Source leg"). Written on every run; with --check-manifests it must instead be committed and
 * equal to the generated one except for `version` (a release bump may run ahead of it).
 */
function writeManifest(pkg, check) {
	const file = path.join(MANIFESTS, pkg.name, 'package.json');
	const text = `${JSON.stringify(pkg, null, 2)}\n`;
	if (!check) {
		fs.mkdirSync(path.dirname(file), { recursive: true });
		fs.writeFileSync(file, text);
		return;
	}
	const rel = path.relative(ROOT, file);
	const tracked =
		spawnSync('git', ['ls-files', '--error-unmatch', rel], { cwd: ROOT, stdio: 'ignore' })
			.status === 0;
	const current = fs.existsSync(file) ? readJson(file) : null;
	if (
		!tracked ||
		!current ||
		JSON.stringify({ ...current, version: pkg.version }) !== JSON.stringify(pkg)
	) {
		fail(
			`${rel} is not committed or is out of date: run 'node scripts/split/build.js --manifests-only' (or npm run pack:split) and commit scripts/split/manifests/`,
		);
	}
}

function assemble(appInfo, apps, mainPkg, distFiles, mainReadme, options) {
	const dir = path.join(OUT, appInfo.packageName);
	const files = lib.selectFiles(
		distFiles,
		appInfo.app,
		apps.map((a) => a.app),
	);
	for (const rel of files) {
		const target = path.join(dir, 'dist', rel);
		fs.mkdirSync(path.dirname(target), { recursive: true });
		if (rel.endsWith('.node.json')) {
			const codex = lib.splitCodex(readJson(path.join(DIST, rel)), appInfo.packageName);
			fs.writeFileSync(target, `${JSON.stringify(codex, null, '\t')}\n`);
		} else {
			fs.copyFileSync(path.join(DIST, rel), target);
		}
	}

	const pkg = checkedPackageJson(mainPkg, appInfo);
	fs.writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
	writeManifest(pkg, options.checkManifests);
	fs.copyFileSync(path.join(ROOT, 'LICENSE'), path.join(dir, 'LICENSE'));
	const readme = readmeFor(appInfo, mainReadme);
	fs.writeFileSync(
		path.join(dir, 'README.md'),
		lib.splitReadme({ pkg, appInfo, section: readme.text, mainPkg }),
	);

	// Everything the compiled code loads must be in the package (or provided by n8n).
	const shipped = files.map((rel) => `dist/${rel}`);
	const js = {};
	for (const rel of shipped.filter((f) => f.endsWith('.js')))
		js[rel] = fs.readFileSync(path.join(dir, rel), 'utf8');
	const problems = lib.closureProblems(js, shipped);
	for (const entry of [...pkg.n8n.nodes, ...pkg.n8n.credentials]) {
		if (!shipped.includes(entry))
			problems.push(`${entry} is listed in package.json but was not built`);
	}
	if (problems.length)
		fail(`${appInfo.packageName} is not self-contained:\n  ${problems.join('\n  ')}`);

	return { dir, files: files.length, readme: readme.source };
}

function main() {
	const argv = process.argv.slice(2);
	const args = new Set(argv);
	const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : null;
	if (args.has('--manifests-only')) {
		// Only package.json feeds the manifests: no build, no dist/ needed.
		const { pkg: mainPkg, apps: allApps } = mainPackage();
		for (const appInfo of allApps) {
			const pkg = checkedPackageJson(mainPkg, appInfo);
			writeManifest(pkg, args.has('--check-manifests'));
			log(`scripts/split/manifests/${pkg.name}/package.json`);
		}
		return;
	}
	if (!args.has('--no-build')) {
		log('== build (n8n-node build)');
		run(path.join(ROOT, 'node_modules', '.bin', 'n8n-node'), ['build'], { stdio: 'inherit' });
	}
	if (!fs.existsSync(DIST))
		fail('dist/ is missing: run `npm run build` first (or drop --no-build)');
	if (!fs.existsSync(path.join(ROOT, 'LICENSE'))) fail('LICENSE is missing at the repository root');

	const { pkg: mainPkg, apps: allApps } = mainPackage();
	const apps = only ? allApps.filter((a) => a.id === only) : allApps;
	if (!apps.length) fail(`no app ${only}; apps: ${allApps.map((a) => a.id).join(', ')}`);
	const distFiles = listFiles(DIST).filter((rel) => !NOT_SHIPPED.has(rel));
	for (const entry of [...mainPkg.n8n.nodes, ...mainPkg.n8n.credentials]) {
		if (!distFiles.includes(entry.replace(/^dist\//, '')))
			fail(`${entry} (package.json n8n) is not in dist/: build first`);
	}
	const readmePath = path.join(ROOT, 'README.md');
	const mainReadme = fs.existsSync(readmePath) ? fs.readFileSync(readmePath, 'utf8') : null;

	fs.rmSync(OUT, { recursive: true, force: true });
	fs.mkdirSync(OUT, { recursive: true });

	log(`== split packages (${path.relative(ROOT, OUT)}/)`);
	const built = [];
	for (const appInfo of apps) {
		const result = assemble(appInfo, allApps, mainPkg, distFiles, mainReadme, {
			checkManifests: args.has('--check-manifests'),
		});
		built.push({ appInfo, ...result });
		log(
			`${appInfo.packageName}@${mainPkg.version}: ${appInfo.nodes.length} node(s), ${(appInfo.credentials || [appInfo.credential]).length} credential(s), ${result.files} files; README from ${result.readme}`,
		);
	}

	if (args.has('--no-pack')) return;
	log('== npm pack');
	for (const { appInfo, dir } of built)
		log(`${path.relative(ROOT, path.join(OUT, pack(dir)))}  (${appInfo.packageName})`);
	if (!only)
		log(
			`${path.relative(ROOT, path.join(OUT, pack(ROOT)))}  (${mainPkg.name}, the combined package)`,
		);
	log('Next: npm run lint:tarball');
}

main();
