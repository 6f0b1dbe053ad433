#!/usr/bin/env node
'use strict';
/**
 * Publish the split packages (`node_modules/.cache/kgn-split/<name>/`, written by `npm run pack:split`) with npm
 * provenance. Called by .github/workflows/publish.yml after `npm run release` has published the
 * combined package; like `n8n-node release`, it refuses to publish outside GitHub Actions.
 *
 *   node scripts/split/publish.js             # in GitHub Actions: npm publish --provenance each
 *   node scripts/split/publish.js --dry-run   # anywhere: npm publish --dry-run each (no provenance)
 *
 * A version already on npm is skipped, so a re-run after a partial failure finishes the job.
 */
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const { ROOT, SPLIT_DIR, mainPackage } = require('./fs');

function npm(args, options = {}) {
	return spawnSync('npm', args, { cwd: ROOT, encoding: 'utf8', ...options });
}

function main() {
	const dryRun = process.argv.includes('--dry-run');
	if (!dryRun && !process.env.GITHUB_ACTIONS) {
		process.stderr.write(
			'publish: runs only in GitHub Actions (provenance); use --dry-run locally\n',
		);
		process.exit(1);
	}
	const { pkg, apps } = mainPackage();
	let failed = 0;
	for (const app of apps) {
		const dir = path.join(SPLIT_DIR, app.packageName);
		const spec = `${app.packageName}@${pkg.version}`;
		if (!fs.existsSync(path.join(dir, 'package.json'))) {
			process.stderr.write(`publish: ${dir} is missing; run npm run pack:split first\n`);
			process.exit(1);
		}
		const built = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
		if (built.version !== pkg.version) {
			process.stderr.write(
				`publish: ${dir} is version ${built.version}, package.json is ${pkg.version}; rerun npm run pack:split\n`,
			);
			process.exit(1);
		}
		if (!dryRun) {
			const existing = npm(['view', spec, 'version']);
			if (existing.status === 0 && existing.stdout.trim() === pkg.version) {
				process.stdout.write(`${spec} is already on npm: skipped\n`);
				continue;
			}
		}
		const args = [
			'publish',
			dir,
			'--access',
			'public',
			...(dryRun ? ['--dry-run'] : ['--provenance']),
		];
		process.stdout.write(`npm ${args.join(' ')}\n`);
		const env = {
			...process.env,
			RELEASE_MODE: 'true',
			...(dryRun ? {} : { NPM_CONFIG_PROVENANCE: 'true' }),
		};
		const result = npm(args, { stdio: 'inherit', env });
		if (result.status !== 0) {
			failed += 1;
			process.stderr.write(`publish: ${spec} failed (exit ${result.status})\n`);
		}
	}
	process.exit(failed ? 1 : 0);
}

main();
