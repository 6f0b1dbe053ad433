'use strict';
/**
 * Pure parts of the per-app split: which app a file belongs to, which files a split
 * package carries, its package.json, its README, and the import-boundary rule. No file system
 * access here, so jest tests (TypeScript, lint-clean) can call every function with plain data;
 * `fs.js` reads the tree and `build.js` writes the packages.
 *
 * Paths are package-relative with forward slashes and without the `dist/` prefix, e.g.
 * `nodes/Kustomer/transport.js` or `credentials/KustomerApi.credentials.ts`: the same rules
 * serve the TypeScript sources and the compiled output.
 */

/** Bare module names a split package may require at run time (n8n provides them). */
const ALLOWED_RUNTIME_MODULES = ['n8n-workflow', 'zod', 'crypto', 'node:crypto'];

/** Keywords every split package carries besides its app's name. */
const BASE_KEYWORDS = ['n8n-community-node-package', 'n8n'];

/**
 * Apps from the main package.json: one per credential `dist/credentials/<App>Api.credentials.js`.
 * Returns [{ app: 'Kustomer', id: 'kustomer', packageName: 'n8n-nodes-kustomer', credential, nodes }],
 * where `nodes` are the `n8n.nodes` entries whose folder starts with the app name.
 */
function appsFromPackage(pkg) {
	const n8n = pkg.n8n || {};
	const credentials = n8n.credentials || [];
	const nodes = n8n.nodes || [];
	const prefixes = credentials.map((entry) => {
		const match = /^dist\/credentials\/([A-Z][A-Za-z0-9]*)Api\.credentials\.js$/.exec(entry);
		if (!match)
			throw new Error(`Unexpected credential entry in package.json n8n.credentials: ${entry}`);
		return { prefix: match[1], entry };
	});
	// An app is a credential whose name starts with no other credential's app name; the others
	// (GladlyLookupApi next to GladlyApi) belong to the app their name starts with.
	const appNames = prefixes
		.map((p) => p.prefix)
		.filter(
			(prefix, _i, all) => !all.some((other) => other !== prefix && prefix.startsWith(other)),
		);
	const apps = appNames.map((app) => ({
		app,
		id: app.toLowerCase(),
		packageName: `n8n-nodes-${app.toLowerCase()}`,
		credential: prefixes.find((p) => p.prefix === app).entry,
		credentials: [],
		nodes: [],
	}));
	for (const { prefix, entry } of prefixes)
		apps.find((a) => a.app === appOfFolder(prefix, appNames)).credentials.push(entry);
	const names = apps.map((a) => a.app);
	for (const entry of nodes) {
		const match = /^dist\/nodes\/([^/]+)\/[^/]+\.node\.js$/.exec(entry);
		if (!match) throw new Error(`Unexpected node entry in package.json n8n.nodes: ${entry}`);
		const owner = appOfFolder(match[1], names);
		if (!owner)
			throw new Error(
				`Node ${entry} belongs to no app (its folder must start with one of ${names.join(', ')})`,
			);
		apps.find((a) => a.app === owner).nodes.push(entry);
	}
	return apps;
}

/** The app whose name starts a node folder (`KustomerPollingTrigger` -> `Kustomer`); longest name wins. */
function appOfFolder(folder, appNames) {
	let best = null;
	for (const name of appNames) {
		if (folder.startsWith(name) && (!best || name.length > best.length)) best = name;
	}
	return best;
}

/**
 * Owner of a package-relative path: { kind: 'app', app } for an app's node folders, credential
 * and icons; { kind: 'shared' } for nodes/shared; { kind: 'orphan' } for a node folder or
 * credential that matches no app; { kind: 'other' } for everything else (package.json, ...).
 */
function ownerOf(relPath, appNames) {
	const parts = relPath.split('/');
	if (parts[0] === 'nodes' && parts.length > 2) {
		if (parts[1] === 'shared') return { kind: 'shared' };
		const app = appOfFolder(parts[1], appNames);
		return app ? { kind: 'app', app } : { kind: 'orphan' };
	}
	if (parts[0] === 'credentials' && parts.length === 2) {
		const match = /^([A-Za-z0-9]+)Api\.credentials(\.|$)/.exec(parts[1]);
		const app = match && appOfFolder(match[1], appNames);
		return app ? { kind: 'app', app } : { kind: 'orphan' };
	}
	if (parts[0] === 'icons' && parts.length === 2) {
		const app = appNames.find((name) => parts[1].startsWith(`${name.toLowerCase()}.`));
		return app ? { kind: 'app', app } : { kind: 'other' };
	}
	return { kind: 'other' };
}

/**
 * The files (package-relative, as listed in `files`) a split package for `app` carries: the
 * app's node folders, credential and icons, plus nodes/shared. Throws when a node folder or
 * credential belongs to no app, since the split would silently drop it.
 */
function selectFiles(files, app, appNames) {
	const selected = [];
	for (const file of files) {
		const owner = ownerOf(file, appNames);
		if (owner.kind === 'orphan') {
			throw new Error(
				`${file} belongs to no app: node folders must start with ${appNames.join(', ')} (or be nodes/shared)`,
			);
		}
		if (owner.kind === 'shared' || (owner.kind === 'app' && owner.app === app)) selected.push(file);
	}
	return selected.sort();
}

/** The package.json of a split package, derived from the main one. */
function splitPackageJson(mainPkg, appInfo) {
	const repoUrl = mainPkg.repository && mainPkg.repository.url;
	const homepageBase = (mainPkg.homepage || '').replace(/#.*$/, '');
	const keywords = [...BASE_KEYWORDS, appInfo.id];
	return {
		name: appInfo.packageName,
		version: mainPkg.version,
		description: `n8n community nodes for ${appInfo.app}: ${describeNodes(appInfo)}`,
		license: mainPkg.license || 'MIT',
		homepage: `${homepageBase}#${appInfo.id}`,
		keywords,
		author: mainPkg.author,
		repository: repoUrl ? { type: 'git', url: repoUrl } : mainPkg.repository,
		bugs: mainPkg.bugs,
		engines: mainPkg.engines,
		files: ['dist'],
		n8n: {
			n8nNodesApiVersion: (mainPkg.n8n && mainPkg.n8n.n8nNodesApiVersion) || 1,
			strict: true,
			credentials: [...(appInfo.credentials || [appInfo.credential])],
			nodes: [...appInfo.nodes],
		},
		peerDependencies: { 'n8n-workflow': '*' },
	};
}

function describeNodes(appInfo) {
	const triggers = appInfo.nodes.filter((n) => /Trigger\.node\.js$/.test(n)).length;
	const actions = appInfo.nodes.length - triggers;
	const parts = [];
	if (actions) parts.push(actions === 1 ? 'action node' : `${actions} action nodes`);
	if (triggers) parts.push(triggers === 1 ? 'trigger' : 'triggers');
	parts.push('credential');
	return parts.length > 1
		? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`
		: parts[0];
}

/** Problems with a split package.json (empty when it is what n8n's verification demands); used by tests and the builder. */
function checkSplitPackageJson(pkg, appInfo) {
	const problems = [];
	const expectNodes = [...appInfo.nodes].sort().join(',');
	if (pkg.name !== appInfo.packageName) problems.push(`name is ${pkg.name}`);
	if (!/^n8n-nodes-/.test(pkg.name || '')) problems.push('name must start with n8n-nodes-');
	if (pkg.dependencies && Object.keys(pkg.dependencies).length) problems.push('has dependencies');
	if (JSON.stringify(pkg.peerDependencies) !== JSON.stringify({ 'n8n-workflow': '*' }))
		problems.push('peerDependencies must be exactly { "n8n-workflow": "*" }');
	if (pkg.devDependencies) problems.push('has devDependencies');
	if (pkg.scripts) problems.push('has scripts');
	if (pkg.overrides) problems.push('has overrides');
	for (const field of ['description', 'homepage', 'version', 'license'])
		if (!pkg[field]) problems.push(`missing ${field}`);
	if (!pkg.author || !pkg.author.name || !pkg.author.email)
		problems.push('author needs name and email');
	if (!pkg.repository || !/^(git\+)?https:\/\/github\.com\//.test(pkg.repository.url || ''))
		problems.push('repository.url must be a GitHub URL');
	if (pkg.repository && pkg.repository.directory)
		problems.push('repository.directory is rejected (no-monorepo)');
	if (!Array.isArray(pkg.keywords) || !pkg.keywords.includes('n8n-community-node-package'))
		problems.push('keywords lack n8n-community-node-package');
	if (JSON.stringify(pkg.files) !== JSON.stringify(['dist']))
		problems.push('files must be ["dist"]');
	const n8n = pkg.n8n || {};
	if (n8n.strict !== true) problems.push('n8n.strict must be true');
	if (!Number.isInteger(n8n.n8nNodesApiVersion) || n8n.n8nNodesApiVersion < 1)
		problems.push('n8n.n8nNodesApiVersion must be a positive integer');
	const expectCredentials = appInfo.credentials || [appInfo.credential];
	if (JSON.stringify(n8n.credentials) !== JSON.stringify(expectCredentials))
		problems.push(`n8n.credentials must be exactly ${expectCredentials.join(', ')}`);
	if ([...(n8n.nodes || [])].sort().join(',') !== expectNodes)
		problems.push(`n8n.nodes must be exactly ${expectNodes}`);
	if (!(n8n.nodes || []).length) problems.push('n8n.nodes is empty');
	for (const entry of [...(n8n.nodes || []), ...(n8n.credentials || [])]) {
		if (!entry.startsWith('dist/')) problems.push(`${entry} must start with dist/`);
		const owner = ownerOf(entry.replace(/^dist\//, ''), [appInfo.app]);
		if (owner.kind !== 'app') problems.push(`${entry} is not ${appInfo.app}'s`);
	}
	return problems;
}

/** The codex (`*.node.json`) of a split package: same content, `node` renamed to the new package. */
function splitCodex(codex, packageName) {
	if (!codex || typeof codex.node !== 'string') return codex;
	const type = codex.node.slice(codex.node.lastIndexOf('.') + 1);
	return { ...codex, node: `${packageName}.${type}` };
}

/**
 * An app's README text from the main README: every block between `<!-- app:<id> -->` and
 * `<!-- /app:<id> -->`, plus blocks marked `app:all` (shared sections such as Versioning), in
 * document order. Returns null when the README marks no block for the app.
 */
function readmeSection(readme, id) {
	if (!readme) return null;
	const blocks = [];
	const pattern = /<!--\s*app:([a-z0-9-]+)\s*-->([\s\S]*?)<!--\s*\/app:\1\s*-->/g;
	let match;
	let own = 0;
	while ((match = pattern.exec(readme))) {
		if (match[1] === id || match[1] === 'all') {
			blocks.push(match[2].trim());
			if (match[1] === id) own += 1;
		}
	}
	return own ? blocks.join('\n\n') : null;
}

/**
 * The README of a split package: title, an Installation section naming this package, the app's
 * blocks of the main README (the combined package's name replaced by this one, so install lines
 * and node type names fit; without blocks, a list of the nodes), then the licence.
 */
function splitReadme({ pkg, appInfo, section, mainPkg }) {
	const repo = (mainPkg.homepage || '').replace(/#.*$/, '');
	const nodes = appInfo.nodes.map(
		(n) => `- \`${n.replace(/^dist\/nodes\/[^/]+\//, '').replace(/\.node\.js$/, '')}\``,
	);
	return [
		`# ${pkg.name}`,
		'',
		`${pkg.description}.`,
		'',
		`This package holds only the ${appInfo.app} part of [${mainPkg.name}](${repo}), built from the same source. ` +
			`Install one or the other in an n8n instance, not both: they register the same credential type.`,
		'',
		'## Installation',
		'',
		`In n8n: **Settings › Community Nodes › Install**, enter \`${pkg.name}\`. Self-hosted without the UI: ` +
			`\`npm install ${pkg.name}\` in \`~/.n8n/nodes\`, then restart n8n.`,
		'',
		section ? section.split(mainPkg.name).join(pkg.name) : ['## Nodes', '', ...nodes].join('\n'),
		'',
		'## License',
		'',
		`[MIT](${repo}/blob/main/LICENSE)`,
		'',
	].join('\n');
}

/** Module specifiers a compiled or source file loads: require(), import/export from, import(). */
function importsOf(source) {
	const found = new Set();
	const patterns = [
		/\brequire\(\s*(['"])([^'"]+)\1\s*\)/g,
		/\bimport\(\s*(['"])([^'"]+)\1\s*\)/g,
		/^\s*(?:import|export)\b[^'";]*?\bfrom\s*(['"])([^'"]+)\1/gm,
		/^\s*import\s*(['"])([^'"]+)\1/gm,
	];
	for (const pattern of patterns) {
		let match;
		while ((match = pattern.exec(source))) found.add(match[2]);
	}
	return [...found];
}

/** posix-style join + normalise of a relative specifier against the importing file's folder. */
function resolveRelative(fromFile, specifier) {
	const parts = fromFile.split('/').slice(0, -1);
	for (const segment of specifier.split('/')) {
		if (segment === '' || segment === '.') continue;
		if (segment === '..') {
			if (!parts.length) return null;
			parts.pop();
		} else parts.push(segment);
	}
	return parts.join('/');
}

/**
 * Import-boundary violations in a set of source files ({ path: text }): an app's node folder or
 * credential importing another app's code (or a credential), nodes/shared importing any app or
 * credential, and node folders or credentials that belong to no app.
 */
function boundaryViolations(filesByPath, appNames) {
	const violations = [];
	for (const [file, source] of Object.entries(filesByPath)) {
		const from = ownerOf(file, appNames);
		if (from.kind === 'orphan') {
			violations.push(
				`${file}: belongs to no app (node folders must start with ${appNames.join(', ')}, or be nodes/shared)`,
			);
			continue;
		}
		if (from.kind !== 'app' && from.kind !== 'shared') continue;
		for (const specifier of importsOf(source)) {
			if (!specifier.startsWith('.')) continue;
			const target = resolveRelative(file, specifier);
			if (target === null) {
				violations.push(`${file}: imports ${specifier}, outside the package`);
				continue;
			}
			const to = ownerOfTarget(target, appNames);
			const toCredential = target.startsWith('credentials/');
			if (from.kind === 'shared') {
				if (to.kind === 'app' || to.kind === 'orphan' || toCredential)
					violations.push(
						`${file}: the shared core imports ${specifier} (${describe(to, target)})`,
					);
			} else if (to.kind === 'app' && to.app !== from.app) {
				violations.push(`${file}: ${from.app} code imports ${specifier} (${to.app}'s code)`);
			} else if (to.kind === 'orphan') {
				violations.push(`${file}: imports ${specifier}, which belongs to no app`);
			} else if (!target.startsWith('nodes/') && !toCredential) {
				violations.push(
					`${file}: imports ${specifier}, outside nodes/ and credentials/ (not shipped)`,
				);
			}
		}
	}
	return violations;
}

/** Owner of an import target (a path without extension; `nodes/<Folder>` alone is that folder's index). */
function ownerOfTarget(target, appNames) {
	const parts = target.split('/');
	return ownerOf(parts[0] === 'nodes' && parts.length === 2 ? `${target}/index` : target, appNames);
}

function describe(owner, target) {
	if (owner.kind === 'app') return `${owner.app}'s code`;
	if (target.startsWith('credentials/')) return 'a credential';
	return 'code of no app';
}

/**
 * Problems with the requires of a split package's compiled files ({ path: text }, paths relative
 * to the package root, e.g. `dist/nodes/Kustomer/transport.js`): a relative require that does
 * not resolve to a file in the package, a bare module n8n does not provide, or a `file:` icon
 * that is not in the package.
 */
function closureProblems(jsFilesByPath, allFiles) {
	const present = new Set(allFiles);
	const problems = [];
	for (const [file, source] of Object.entries(jsFilesByPath)) {
		for (const specifier of importsOf(source)) {
			if (specifier.startsWith('.')) {
				const target = resolveRelative(file, specifier);
				const candidates =
					target === null ? [] : [target, `${target}.js`, `${target}.json`, `${target}/index.js`];
				if (!candidates.some((c) => present.has(c)))
					problems.push(`${file}: requires ${specifier}, which is not in the package`);
			} else if (!ALLOWED_RUNTIME_MODULES.includes(specifier)) {
				problems.push(`${file}: requires ${specifier}, which n8n does not provide`);
			}
		}
		for (const match of source.matchAll(/['"]file:([^'"]+)['"]/g)) {
			if (!present.has(resolveRelative(file, match[1])))
				problems.push(`${file}: icon file:${match[1]} is not in the package`);
		}
	}
	return problems;
}

/** Codex categories n8n knows (exact spelling, https://docs.n8n.io/integrations/creating-nodes/build/reference/node-codex-files/). AI, Logic and Flow are left out on purpose. */
const CODEX_CATEGORIES = [
	'Analytics',
	'Communication',
	'Data & Storage',
	'Development',
	'Finance & Accounting',
	'Marketing & Content',
	'Miscellaneous',
	'Productivity',
	'Sales',
	'Utility',
];

/** Problems with a codex file (`<Node>.node.json`); empty when it is complete. */
function codexProblems(codex) {
	if (!codex) return ['missing (create it with `node scripts/split/codex.js`)'];
	const problems = [];
	if (typeof codex.node !== 'string' || !/^[a-z0-9@/-]+\.[a-zA-Z0-9]+$/.test(codex.node))
		problems.push('node must be "<package>.<nodeName>"');
	if (codex.nodeVersion !== '1.0' || codex.codexVersion !== '1.0')
		problems.push('nodeVersion and codexVersion must be "1.0"');
	if (!Array.isArray(codex.categories) || !codex.categories.length)
		problems.push('categories missing');
	else
		for (const c of codex.categories)
			if (!CODEX_CATEGORIES.includes(c)) problems.push(`unknown category ${c}`);
	if (codex.subcategories !== undefined)
		problems.push('subcategories are discouraged for community nodes');
	const resources = codex.resources || {};
	const urls = (list) => (Array.isArray(list) ? list.map((l) => l && l.url) : []);
	const primary = urls(resources.primaryDocumentation);
	const credential = urls(resources.credentialDocumentation);
	if (primary.length < 2)
		problems.push("primaryDocumentation needs the README section and the provider's API docs");
	if (!credential.length) problems.push('credentialDocumentation missing');
	for (const url of [...primary, ...credential])
		if (!/^https:\/\/[^\s]+$/.test(url || '')) problems.push(`not an https URL: ${url}`);
	return problems;
}

module.exports = {
	CODEX_CATEGORIES,
	codexProblems,
	ALLOWED_RUNTIME_MODULES,
	appsFromPackage,
	appOfFolder,
	ownerOf,
	selectFiles,
	splitPackageJson,
	checkSplitPackageJson,
	splitCodex,
	readmeSection,
	splitReadme,
	importsOf,
	resolveRelative,
	boundaryViolations,
	closureProblems,
};
