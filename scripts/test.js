#!/usr/bin/env node
// `npm test`: build, strict lint, then every jest suite (unit, contract, engine), then the real-n8n
// end-to-end suite when it exists. Ends with jest's totals as one line: "N passed, N failed".
'use strict';

const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

function step(title, command, args, options = {}) {
	process.stdout.write(`\n== ${title}\n`);
	const result = spawnSync(command, args, { cwd: root, stdio: options.capture ? ['ignore', 'pipe', 'inherit'] : 'inherit', encoding: 'utf8' });
	if (options.capture) process.stdout.write(result.stdout);
	return result;
}

function fail(message) {
	process.stdout.write(`\n${message}\n`);
	process.exit(1);
}

if (step('build', bin('n8n-node'), ['build']).status !== 0) fail('build failed');
if (step('lint (strict)', bin('n8n-node'), ['lint']).status !== 0) fail('lint failed');

const reportFile = path.join(root, 'coverage', 'jest-report.json');
fs.mkdirSync(path.dirname(reportFile), { recursive: true });
const extra = process.argv.slice(2);
const jest = step('jest', process.execPath, [bin('jest'), '--json', `--outputFile=${reportFile}`, ...extra]);
let passed = 0;
let failed = 0;
try {
	const report = JSON.parse(fs.readFileSync(reportFile, 'utf8'));
	passed = report.numPassedTests;
	failed = report.numFailedTests + (report.numRuntimeErrorTestSuites || 0);
} catch {
	failed += 1;
}
process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
process.exit(jest.status === 0 && failed === 0 ? 0 : 1);
