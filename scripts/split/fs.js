'use strict';
/**
 * File-system helpers for the split builder and its tests (TypeScript tests may not touch `fs`,
 * so they call these; see fs.d.ts). Paths returned are relative, with forward slashes.
 */
const fs = require('node:fs');
const path = require('node:path');

const lib = require('./lib');

const ROOT = path.resolve(__dirname, '..', '..');
/**
 * Where the split packages and tarballs are written. Generated output stays under node_modules/.cache: ESLint
 * (strict `n8n-node lint` walks the whole tree) and jest never look there, and `npm ci` clears it.
 */
const SPLIT_DIR = path.join(ROOT, 'node_modules', '.cache', 'kgn-split');

/** Every file below `dir` (absolute), relative to it, sorted; `skip(rel)` prunes files and folders. */
function listFiles(dir, skip = () => false) {
	const out = [];
	const walk = (abs, rel) => {
		for (const entry of fs.readdirSync(abs, { withFileTypes: true })) {
			const childRel = rel ? `${rel}/${entry.name}` : entry.name;
			if (skip(childRel)) continue;
			if (entry.isDirectory()) walk(path.join(abs, entry.name), childRel);
			else if (entry.isFile()) out.push(childRel);
		}
	};
	if (fs.existsSync(dir)) walk(dir, '');
	return out.sort();
}

/** A text file of the repository, by its path relative to the root. */
function readText(rel) {
	return fs.readFileSync(path.join(ROOT, rel), 'utf8');
}

function readJson(file) {
	return JSON.parse(fs.readFileSync(file, 'utf8'));
}

/** The main package.json and the apps derived from it. */
function mainPackage(root = ROOT) {
	const pkg = readJson(path.join(root, 'package.json'));
	return { pkg, apps: lib.appsFromPackage(pkg) };
}

/** Source files of the shipped code ({ 'nodes/Kustomer/x.ts': text }): nodes/ and credentials/, .ts and .js. */
function sourceFiles(root = ROOT) {
	const files = {};
	for (const top of ['nodes', 'credentials']) {
		for (const rel of listFiles(path.join(root, top))) {
			if (/\.(ts|js)$/.test(rel))
				files[`${top}/${rel}`] = fs.readFileSync(path.join(root, top, rel), 'utf8');
		}
	}
	return files;
}

/** Shipped-tree paths of the source (nodes/, credentials/, icons/), for file-selection tests. */
function sourceTree(root = ROOT) {
	return ['nodes', 'credentials', 'icons'].flatMap((top) =>
		listFiles(path.join(root, top)).map((rel) => `${top}/${rel}`),
	);
}

/** Codex files beside node sources: [{ node: 'nodes/Kustomer/Kustomer.node.ts', codex: parsed JSON or null }]. */
function codexFiles(root = ROOT) {
	return listFiles(path.join(root, 'nodes'))
		.filter((rel) => rel.endsWith('.node.ts'))
		.map((rel) => {
			const json = path.join(root, 'nodes', rel.replace(/\.ts$/, '.json'));
			return { node: `nodes/${rel}`, codex: fs.existsSync(json) ? readJson(json) : null };
		});
}

module.exports = {
	ROOT,
	SPLIT_DIR,
	listFiles,
	readText,
	readJson,
	mainPackage,
	sourceFiles,
	sourceTree,
	codexFiles,
};
