#!/usr/bin/env node
'use strict';
/**
 * Codex files (`<Node>.node.json`, https://docs.n8n.io/integrations/creating-nodes/build/reference/node-codex-files/) for every node source.
 *
 *   node scripts/split/codex.js            # create the missing ones, then check all
 *   node scripts/split/codex.js --fix      # also add the provider's API docs link where it lacks
 *   node scripts/split/codex.js --check    # only check; exit 1 when one is missing or incomplete
 *
 * A new codex gets its app's categories, the README section of the app (primary documentation,
 * first link), the provider's API reference (second link) and the credential's documentationUrl.
 * Existing files are rewritten only with --fix, and only to add that link.
 */
const fs = require('node:fs');
const path = require('node:path');

const lib = require('./lib');
const { ROOT, mainPackage, codexFiles } = require('./fs');

/** Per app: codex categories and the provider's API reference. */
const APP_CODEX = {
	Kustomer: {
		categories: ['Communication', 'Sales'],
		apiDocs:
			'https://developer.kustomer.com/kustomer-api-docs/reference/getting-started-with-kustomer-api',
	},
	Gladly: { categories: ['Communication', 'Sales'], apiDocs: 'https://developer.gladly.com/rest/' },
	Nutshell: { categories: ['Sales'], apiDocs: 'https://developers.nutshell.com/reference' },
};

function credentialDocsUrl(app) {
	const file = path.join(ROOT, 'credentials', `${app}Api.credentials.ts`);
	const match = /documentationUrl\s*=\s*'([^']+)'/.exec(fs.readFileSync(file, 'utf8'));
	if (!match) throw new Error(`${file} has no documentationUrl`);
	return match[1];
}

function newCodex(nodeFile, mainPkg, appNames) {
	const folder = nodeFile.split('/')[1];
	const app = lib.appOfFolder(folder, appNames);
	if (!app || !APP_CODEX[app])
		throw new Error(`${nodeFile}: no app codex data for its folder ${folder}`);
	const source = fs.readFileSync(path.join(ROOT, nodeFile), 'utf8');
	const name = /\bname:\s*'([A-Za-z0-9]+)'/.exec(source);
	if (!name) throw new Error(`${nodeFile}: cannot find description.name`);
	const readme = `${(mainPkg.homepage || '').replace(/#.*$/, '')}#${app.toLowerCase()}`;
	return {
		node: `${mainPkg.name}.${name[1]}`,
		nodeVersion: '1.0',
		codexVersion: '1.0',
		categories: APP_CODEX[app].categories,
		resources: {
			credentialDocumentation: [{ url: credentialDocsUrl(app) }],
			primaryDocumentation: [{ url: readme }, { url: APP_CODEX[app].apiDocs }],
		},
	};
}

/** Tab-indented JSON with `{ "url": … }` links and string lists on one line, like the hand-written ones. */
function formatCodex(codex) {
	return `${JSON.stringify(codex, null, '\t')
		.replace(/\{\n\t+("url": "[^"]*")\n\t+\}/g, '{ $1 }')
		.replace(
			/\[\n\t+((?:"[^"\n]*",?\n\t+)*"[^"\n]*")\n\t+\]/g,
			(_m, list) => `[${list.replace(/,\n\t+/g, ', ')}]`,
		)}\n`;
}

/** Append the app's API reference to primaryDocumentation unless it links the provider's docs already; true when it changed. */
function addApiDocs(codex, nodeFile, appNames) {
	const app = lib.appOfFolder(nodeFile.split('/')[1], appNames);
	const url = app && APP_CODEX[app] && APP_CODEX[app].apiDocs;
	if (!url) return false;
	codex.resources = codex.resources || {};
	const primary = (codex.resources.primaryDocumentation =
		codex.resources.primaryDocumentation || []);
	const host = new URL(url).host;
	if (
		primary.some(
			(entry) => entry && typeof entry.url === 'string' && entry.url.includes(`//${host}/`),
		)
	)
		return false;
	primary.push({ url });
	return true;
}

function main() {
	const check = process.argv.includes('--check');
	const fix = !check && process.argv.includes('--fix');
	const { pkg, apps } = mainPackage();
	const appNames = apps.map((a) => a.app);
	let bad = 0;
	for (const { node, codex } of codexFiles()) {
		const jsonFile = node.replace(/\.ts$/, '.json');
		if (!codex && !check) {
			fs.writeFileSync(path.join(ROOT, jsonFile), formatCodex(newCodex(node, pkg, appNames)));
			process.stdout.write(`created ${jsonFile}\n`);
			continue;
		}
		if (codex && fix && addApiDocs(codex, node, appNames)) {
			fs.writeFileSync(path.join(ROOT, jsonFile), formatCodex(codex));
			process.stdout.write(`added the API docs link to ${jsonFile}\n`);
		}
		const problems = lib.codexProblems(codex);
		if (problems.length) {
			bad += 1;
			process.stdout.write(`${jsonFile}: ${problems.join('; ')}\n`);
		}
	}
	process.stdout.write(
		bad ? `${bad} codex file(s) need attention\n` : 'codex files: all present and complete\n',
	);
	process.exit(bad ? 1 : 0);
}

main();
