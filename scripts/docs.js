#!/usr/bin/env node
// Generated parts of README.md and CHANGELOG.md: the node list, each action node's operation table and the
// resource/operation counts, read from the BUILT node descriptions (dist/), so the documents cannot drift
// from what n8n loads.
//
//   node scripts/docs.js           rewrite the generated blocks (npm run docs; run `npm run build` first)
//   node scripts/docs.js --check   exit 1 and name each stale block (npm test runs this after the build)
//
// Blocks: <!-- generated:NAME --> ... <!-- /generated:NAME --> (whole lines), and inline counts
// <!-- count:APP -->12 resources, 60 operations<!-- /count -->.
'use strict';

const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const ACTION_NODES = ['Kustomer', 'Gladly', 'Nutshell'];

function loadNode(distFile) {
	const file = path.join(ROOT, distFile);
	if (!fs.existsSync(file)) throw new Error(`${distFile} is missing: run \`npm run build\` first`);
	const mod = require(file);
	const Type = Object.values(mod).find((value) => typeof value === 'function');
	const instance = new Type();
	return instance.description ?? instance.nodeVersions?.[instance.currentVersion]?.description;
}

/** Resources and their operations, in the order of the node's dropdowns. */
function operationsOf(description) {
	const resource = description.properties.find((p) => p.name === 'resource');
	const operations = description.properties.filter((p) => p.name === 'operation');
	return resource.options.map((option) => {
		const property = operations.find((p) =>
			(p.displayOptions?.show?.resource ?? []).includes(option.value),
		);
		return { name: option.name, value: option.value, operations: property ? property.options : [] };
	});
}

function escapeCell(text) {
	return String(text ?? '')
		.replace(/\|/g, '\\|')
		.replace(/\s+/g, ' ')
		.trim();
}

function countText(resources) {
	const operations = resources.reduce((sum, r) => sum + r.operations.length, 0);
	return `${resources.length} resources, ${operations} operations`;
}

function operationTable(resources) {
	const rows = ['| Resource | Operation | What it does |', '|---|---|---|'];
	for (const resource of resources) {
		for (const operation of resource.operations) {
			rows.push(
				`| ${escapeCell(resource.name)} | ${escapeCell(operation.name)} | ${escapeCell(operation.description ?? operation.action)} |`,
			);
		}
	}
	return rows.join('\n');
}

function collect() {
	const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
	const nodes = pkg.n8n.nodes.map((file) => ({ file, description: loadNode(file) }));
	const credentials = pkg.n8n.credentials.map((file) => {
		const mod = require(path.join(ROOT, file));
		const Type = Object.values(mod).find((value) => typeof value === 'function');
		return new Type();
	});
	const apps = {};
	for (const app of ACTION_NODES) {
		const entry = nodes.find((n) => n.file === `dist/nodes/${app}/${app}.node.js`);
		if (!entry) throw new Error(`package.json does not list the ${app} node`);
		apps[app.toLowerCase()] = operationsOf(entry.description);
	}
	const triggers = nodes.filter((n) => (n.description.group ?? []).includes('trigger'));
	return { apps, triggers, credentials };
}

function blocks({ apps, triggers, credentials }) {
	const byApp = (name) => `**${name}** (${countText(apps[name.toLowerCase()])})`;
	const nodeList = [
		`- Credentials: ${credentials.map((c) => `\`${c.displayName}\``).join(', ')}`,
		`- Action nodes: ${ACTION_NODES.map(byApp).join(', ')}; all usable as AI-agent tools`,
		`- Triggers: ${triggers.map((t) => `**${t.description.displayName}** (\`${t.description.name}\`)`).join(', ')}`,
	].join('\n');
	const result = { nodes: nodeList };
	for (const [app, resources] of Object.entries(apps))
		result[`operations:${app}`] = operationTable(resources);
	return result;
}

function counts({ apps }) {
	return Object.fromEntries(
		Object.entries(apps).map(([app, resources]) => [app, countText(resources)]),
	);
}

/** Rewrites the blocks of one document; returns [text, names of stale blocks]. */
function render(text, generated, inline) {
	const stale = [];
	let out = text.replace(
		/(<!-- generated:([\w:-]+) -->\n)([\s\S]*?)(\n?<!-- \/generated:\2 -->)/g,
		(whole, open, name, body, close) => {
			if (!(name in generated)) throw new Error(`unknown generated block "${name}"`);
			if (body !== generated[name]) stale.push(name);
			return `${open}${generated[name]}\n<!-- /generated:${name} -->`;
		},
	);
	out = out.replace(/<!-- count:(\w+) -->([^<]*)<!-- \/count -->/g, (whole, app, body) => {
		if (!(app in inline)) throw new Error(`unknown count "${app}"`);
		if (body !== inline[app]) stale.push(`count:${app}`);
		return `<!-- count:${app} -->${inline[app]}<!-- /count -->`;
	});
	return [out, stale];
}

function main() {
	const check = process.argv.includes('--check');
	const data = collect();
	const generated = blocks(data);
	const inline = counts(data);
	let failed = false;
	for (const doc of ['README.md', 'CHANGELOG.md']) {
		const file = path.join(ROOT, doc);
		const text = fs.readFileSync(file, 'utf8');
		const [out, stale] = render(text, generated, inline);
		if (doc === 'README.md') {
			for (const name of Object.keys(generated)) {
				if (!text.includes(`<!-- generated:${name} -->`)) {
					process.stdout.write(`docs: README.md has no <!-- generated:${name} --> block\n`);
					failed = true;
				}
			}
		}
		if (check) {
			for (const name of stale)
				process.stdout.write(`docs: ${doc}: block "${name}" is stale; run \`npm run docs\`\n`);
			if (stale.length) failed = true;
		} else if (out !== text) {
			fs.writeFileSync(file, out);
			process.stdout.write(`docs: ${doc} updated (${stale.join(', ')})\n`);
		}
	}
	if (check && !failed)
		process.stdout.write(
			`docs: README.md and CHANGELOG.md match the built nodes (${Object.entries(inline)
				.map(([a, c]) => `${a}: ${c}`)
				.join('; ')})\n`,
		);
	process.exit(failed ? 1 : 0);
}

if (require.main === module) main();

module.exports = { collect, blocks, counts, render, operationTable, operationsOf };
