#!/usr/bin/env node
// The repository stands alone: no file in nodes/, credentials/, test/, scripts/ or bench/ may read or cite a
// place a reader of the repository cannot open: an absolute file-system path of one machine, the team's local
// notes, numbered sections of private reference files, or issue numbers of a tracker that is not public.
// Cite a file in the repository or a public address instead.
//
//   node scripts/standalone.js     prints each offending line, exit 1 if any
'use strict';

const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const DIRS = ['nodes', 'credentials', 'test', 'scripts', 'bench'];
const EXTENSIONS = /\.(ts|js|mjs|cjs|json|md|yml|yaml|sh)$/;
/** Copies of provider documents, kept byte for byte: never rewritten, so never scanned. */
const SKIP = /^test\/fixtures\/openapi\//;

// Built from parts, so this file does not flag itself.
const PATTERNS = [
	{
		why: 'absolute path of one machine',
		re: new RegExp(
			['(^|[\\s\'"`(=])', '/(work|home|root|Users|tmp/[^\\s]*shared)', '/'].join(''),
			'm',
		),
	},
	{ why: 'Windows path', re: /\b[A-Z]:\\\\?[A-Za-z]/ },
	{ why: 'local notes', re: new RegExp(['decisions', '\\.md'].join('')) },
	{
		why: 'a numbered section of a private reference',
		re: new RegExp(['(reference|\\.md)\\s*', '§'].join('')),
	},
	{ why: 'a numbered section', re: new RegExp(['§', '\\s*\\d'].join('')) },
	{
		why: 'the private reference folder',
		re: new RegExp(['shared', '[/\'", ]+', 'reference'].join('')),
	},
	{ why: 'an issue number', re: new RegExp(['\\bissues?', '\\s*#?\\d+'].join(''), 'i') },
	{ why: 'an issue number', re: new RegExp(['\\(', '#\\d+', '\\)'].join('')) },
];

/** Offences in one text: [{ line, why, text }]. */
function scanText(text) {
	const found = [];
	text.split('\n').forEach((line, index) => {
		for (const { why, re } of PATTERNS) {
			if (re.test(line)) {
				found.push({ line: index + 1, why, text: line.trim().slice(0, 160) });
				break;
			}
		}
	});
	return found;
}

function listFiles(dir, rel = '') {
	const out = [];
	const abs = path.join(ROOT, dir, rel);
	if (!fs.existsSync(abs)) return out;
	for (const entry of fs.readdirSync(abs, { withFileTypes: true })) {
		const childRel = rel ? `${rel}/${entry.name}` : entry.name;
		if (entry.name === 'node_modules' || entry.name === 'dist') continue;
		if (entry.isDirectory()) out.push(...listFiles(dir, childRel));
		else if (EXTENSIONS.test(entry.name)) out.push(`${dir}/${childRel}`);
	}
	return out;
}

/**
 * Module paths and `path.join(__dirname, '..', …)` calls in a file that lead out of the repository when
 * resolved from that file.
 */
function escapingPaths(file, text) {
	const found = [];
	const dir = path.dirname(path.join(ROOT, file));
	text.split('\n').forEach((line, index) => {
		const targets = [];
		const module =
			/^\s*(?:import|export)\b.*\bfrom\s+['"]([^'"]+)['"]|\brequire\(\s*['"]([^'"]+)['"]\s*\)/.exec(
				line,
			);
		if (module) targets.push(module[1] ?? module[2]);
		const call = /\bpath\.(?:join|resolve)\(\s*__dirname\s*((?:,\s*'[^']*'\s*)+)\)/.exec(line);
		if (call)
			targets.push(
				call[1]
					.split(',')
					.map((part) => part.trim().slice(1, -1))
					.filter(Boolean)
					.join('/'),
			);
		for (const target of targets) {
			if (!target.startsWith('.')) continue;
			if (path.relative(ROOT, path.resolve(dir, target)).startsWith('..')) {
				found.push({
					line: index + 1,
					why: 'a path outside the repository',
					text: line.trim().slice(0, 160),
				});
				break;
			}
		}
	});
	return found;
}

/** Every offence in the scanned folders: [{ file, line, why, text }]. */
function scanRepository() {
	const found = [];
	for (const dir of DIRS) {
		for (const file of listFiles(dir)) {
			if (SKIP.test(file)) continue;
			const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
			for (const hit of [...scanText(text), ...escapingPaths(file, text)])
				found.push({ file, ...hit });
		}
	}
	return found;
}

if (require.main === module) {
	const found = scanRepository();
	for (const hit of found)
		process.stdout.write(`${hit.file}:${hit.line}: ${hit.why}: ${hit.text}\n`);
	process.exit(found.length ? 1 : 0);
}

module.exports = { scanText, escapingPaths, scanRepository, DIRS };
