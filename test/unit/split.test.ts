/**
 * The per-app split, pure parts: which files each package carries, its package.json,
 * codex and README. The builder (`npm run pack:split`) uses the same functions; the tarball lint
 * (`npm run lint:tarball`) then checks the packed result with the scanner's rules.
 */
import { codexFiles, mainPackage, sourceTree } from '../../scripts/split/fs';
import {
	checkSplitPackageJson,
	closureProblems,
	codexProblems,
	ownerOf,
	readmeSection,
	selectFiles,
	splitCodex,
	splitPackageJson,
	splitReadme,
} from '../../scripts/split/lib';

const { pkg: main, apps } = mainPackage();
const APPS = apps.map((a) => a.app);
const tree = sourceTree();

describe('apps from package.json', () => {
	it('assigns every node and credential of the combined package to exactly one app', () => {
		expect(apps.map((a) => a.packageName).sort()).toEqual([
			'n8n-nodes-gladly',
			'n8n-nodes-kustomer',
			'n8n-nodes-nutshell',
		]);
		// A second credential of an app (Gladly's Lookup Adaptor) belongs to that app, not to a package of its own.
		expect(apps.find((a) => a.app === 'Gladly')?.credentials).toEqual([
			'dist/credentials/GladlyApi.credentials.js',
			'dist/credentials/GladlyLookupApi.credentials.js',
		]);
		const assigned = apps.flatMap((a) => [...a.credentials, ...a.nodes]).sort();
		expect(assigned).toEqual([...(main.n8n?.credentials ?? []), ...(main.n8n?.nodes ?? [])].sort());
		for (const app of apps) {
			for (const node of app.nodes)
				expect(node).toMatch(new RegExp(`^dist/nodes/${app.app}[A-Za-z]*/`));
		}
	});
});

describe.each(apps)('split package $packageName', (app) => {
	const files = selectFiles(tree, app.app, APPS);
	const pkg = splitPackageJson(main, app);

	it('carries its own nodes, credential and icons plus nodes/shared, and nothing of another app', () => {
		expect(files).toContain(`credentials/${app.app}Api.credentials.ts`);
		expect(files).toContain(`icons/${app.id}.svg`);
		expect(files.some((f) => f.startsWith('nodes/shared/'))).toBe(true);
		for (const file of files) {
			const owner = ownerOf(file, APPS);
			expect(owner.kind === 'shared' || (owner.kind === 'app' && owner.app === app.app)).toBe(true);
		}
		for (const other of APPS.filter((a) => a !== app.app)) {
			expect(
				files.filter(
					(f) => f.includes(`/${other}`) || f.startsWith(`icons/${other.toLowerCase()}`),
				),
			).toEqual([]);
		}
	});

	it('has a package.json the scanner accepts', () => {
		expect(checkSplitPackageJson(pkg, app)).toEqual([]);
		expect(pkg.dependencies).toBeUndefined();
		expect(pkg.peerDependencies).toEqual({ 'n8n-workflow': '*' });
		expect(pkg.version).toBe(main.version);
		expect(pkg.keywords).toEqual(expect.arrayContaining(['n8n-community-node-package', app.id]));
		expect(pkg.n8n?.credentials?.[0]).toBe(`dist/credentials/${app.app}Api.credentials.js`);
		expect(pkg.n8n?.credentials).toEqual(app.credentials);
		for (const credential of pkg.n8n?.credentials ?? [])
			expect(credential).toMatch(
				new RegExp(`^dist/credentials/${app.app}[A-Za-z]*Api\\.credentials\\.js$`),
			);
		expect(pkg.repository?.url).toBe(main.repository?.url);
		expect(pkg.author).toEqual(main.author);
	});

	it('renames the codex node type to its own package', () => {
		const codex = splitCodex(
			{ node: `${main.name}.${app.id}`, categories: ['Sales'] },
			app.packageName,
		);
		expect(codex).toEqual({ node: `${app.packageName}.${app.id}`, categories: ['Sales'] });
	});
});

describe('package.json check', () => {
	const [app] = apps;
	const good = splitPackageJson(main, app);

	it.each([
		['a runtime dependency', { dependencies: { axios: '1.0.0' } }],
		['another peer dependency', { peerDependencies: { 'n8n-workflow': '*', zod: '*' } }],
		[
			'a node of another app',
			{
				n8n: { ...good.n8n, nodes: [...(good.n8n?.nodes ?? []), 'dist/nodes/Other/Other.node.js'] },
			},
		],
		['all three credentials', { n8n: { ...good.n8n, credentials: main.n8n?.credentials } }],
		['no description', { description: '' }],
		[
			'a monorepo directory',
			{ repository: { type: 'git', url: main.repository?.url, directory: 'packages/x' } },
		],
		['an install script', { scripts: { postinstall: 'node x.js' } }],
	])('rejects %s', (_label, change) => {
		expect(checkSplitPackageJson({ ...good, ...change }, app)).not.toEqual([]);
	});
});

describe('self-containment check of a packed split package', () => {
	const files = ['dist/nodes/A/A.node.js', 'dist/nodes/shared/x.js', 'dist/icons/a.svg'];

	it('accepts requires that resolve inside the package, and modules n8n provides', () => {
		const js = {
			'dist/nodes/A/A.node.js':
				"const x = require(\"../shared/x\");\nrequire('n8n-workflow');\nrequire('zod');\nicon: 'file:../../icons/a.svg'",
		};
		expect(closureProblems(js, files)).toEqual([]);
	});

	it('reports a missing file, a foreign module and a missing icon', () => {
		const js = {
			'dist/nodes/A/A.node.js':
				"require('../B/transport');\nrequire('axios');\nicon: 'file:../../icons/b.svg'",
		};
		expect(closureProblems(js, files)).toHaveLength(3);
	});
});

describe('split README', () => {
	const [app] = apps;
	const readme = [
		'# Main',
		`<!-- app:${app.id} -->`,
		`## ${app.app}`,
		'Own text',
		`<!-- /app:${app.id} -->`,
		'<!-- app:other -->',
		'Other text',
		'<!-- /app:other -->',
		'<!-- app:all -->',
		'## Versioning',
		'<!-- /app:all -->',
	].join('\n');

	it("takes the app's blocks and the shared ones, in order", () => {
		expect(readmeSection(readme, app.id)).toBe(`## ${app.app}\nOwn text\n\n## Versioning`);
		expect(readmeSection(readme, 'nobody')).toBeNull();
		expect(readmeSection(null, app.id)).toBeNull();
	});

	it('falls back to a generated install section', () => {
		const pkg = splitPackageJson(main, app);
		const text = splitReadme({ pkg, appInfo: app, section: null, mainPkg: main });
		expect(text).toContain(`# ${app.packageName}`);
		expect(text).toContain(`npm install ${app.packageName}`);
	});
});

describe('codex files', () => {
	it.each(codexFiles().map((c) => [c.node, c.codex] as const))(
		'%s has a complete codex',
		(_node, codex) => {
			expect(codexProblems(codex)).toEqual([]);
		},
	);
});
