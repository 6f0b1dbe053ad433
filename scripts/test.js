#!/usr/bin/env node
// `npm test`: everything CI checks, in order: build, generated README/CHANGELOG blocks, format check, strict lint, type-check of the tests, jest (unit,
// contract, engine, reliability), the per-app packages and the scanner's tarball lint, then the
// end-to-end suites in real n8n. Ends with one line "N passed, N failed": jest's totals plus the
// end-to-end checks. KGN_SKIP_E2E=1 skips the real-n8n suites (a quick local loop).
'use strict';

const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
let passed = 0;
let failed = 0;

function step(title, command, args, { tee = false } = {}) {
	process.stdout.write(`\n== ${title}\n`);
	const started = Date.now();
	const result = spawnSync(command, args, {
		cwd: root,
		stdio: tee ? ['ignore', 'pipe', 'inherit'] : 'inherit',
		encoding: 'utf8',
		maxBuffer: 256 * 1024 * 1024,
	});
	if (tee) process.stdout.write(result.stdout ?? '');
	process.stdout.write(
		`== ${title}: exit ${result.status} after ${Math.round((Date.now() - started) / 1000)} s\n`,
	);
	return result;
}

function mustPass(title, command, args) {
	if (step(title, command, args).status !== 0) {
		failed += 1;
		finish();
	}
}

/** A suite that prints its own "N passed, N failed" line: add its counts. */
function countedSuite(title, command, args) {
	const result = step(title, command, args, { tee: true });
	const match = /(\d+) passed, (\d+) failed\s*$/.exec((result.stdout ?? '').trim());
	if (match) {
		passed += Number(match[1]);
		failed += Number(match[2]);
	}
	if (result.status !== 0 && (!match || Number(match[2]) === 0)) failed += 1;
}

function finish() {
	process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
	process.exit(failed === 0 ? 0 : 1);
}

mustPass('build', bin('n8n-node'), ['build']);
mustPass('generated docs match the built nodes', process.execPath, ['scripts/docs.js', '--check']);
mustPass('format (Prettier, the repository settings)', bin('prettier'), [
	'--check',
	'{nodes,credentials,test,scripts,bench}/**/*.{ts,js}',
	'*.{js,mjs}',
]);
// The per-app packages are built before lint, so lint proves it never walks generated output.
mustPass('per-app packages', process.execPath, [
	'scripts/split/build.js',
	'--no-build',
	'--check-manifests',
]);
mustPass('lint (strict)', bin('n8n-node'), ['lint']);
mustPass('type-check tests', bin('tsc'), ['-p', 'tsconfig.test.json', '--noEmit']);

const reportFile = path.join(root, 'coverage', 'jest-report.json');
fs.mkdirSync(path.dirname(reportFile), { recursive: true });
fs.rmSync(reportFile, { force: true });
const jest = step('jest', process.execPath, [
	bin('jest'),
	'--json',
	`--outputFile=${reportFile}`,
	...process.argv.slice(2),
]);
try {
	const report = JSON.parse(fs.readFileSync(reportFile, 'utf8'));
	passed += report.numPassedTests;
	failed += report.numFailedTests + (report.numRuntimeErrorTestSuites || 0);
} catch {
	failed += 1;
}
if (jest.status !== 0 && failed === 0) failed += 1;

mustPass('tarball lint (scanner rules)', process.execPath, ['scripts/split/tarball-lint.js']);
mustPass('tarball lint self-test', process.execPath, [
	'scripts/split/tarball-lint.js',
	'--self-test',
]);

if (process.env.KGN_SKIP_E2E === '1') {
	process.stdout.write('\n== end-to-end suites skipped (KGN_SKIP_E2E=1)\n');
} else {
	for (const suite of [
		'test/e2e/e2e.js',
		'test/e2e/split.e2e.js',
		'test/e2e/lookup.e2e.js',
		'test/e2e/triggers.e2e.js',
		'test/e2e/credential-guard.e2e.js',
	]) {
		if (fs.existsSync(path.join(root, suite)))
			countedSuite(`end-to-end: ${suite}`, process.execPath, [suite]);
	}
}
finish();
