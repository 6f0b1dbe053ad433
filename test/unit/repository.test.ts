/**
 * The repository stands alone and its documents say what the built package does:
 * - no file cites or reads a place a reader of the repository cannot open (scripts/standalone.js);
 * - the README's node list and operation tables and the changelog's counts are the ones generated from the
 *   built node descriptions (scripts/docs.js; `npm test` builds first).
 */
import { escapingPaths, scanRepository, scanText } from '../../scripts/standalone';
import { collect, blocks, counts, render } from '../../scripts/docs';
import { readText } from '../../scripts/split/fs';

describe('the repository stands alone', () => {
	it('nothing in nodes, credentials, test, scripts or bench cites or reads a place outside it', () => {
		expect(scanRepository()).toEqual([]);
	});

	it.each([
		['an absolute path', `// see ${'/wo'}rk/notes/gladly.md`],
		['a home folder', `const doc = '${'/ho'}me/dev/notes.md';`],
		['local notes', `// settled in ${'decisions'}.md`],
		['a numbered reference section', `// reference ${'§'}15`],
		['a section sign with a number', `// kustomer.md ${'§'}4.2`],
		['an issue number', `// added for ${'issue'} #9`],
		['an issue in parentheses', `// per the matrix (${'#'}11)`],
		[
			'the private reference folder',
			`const R = path.join(root, '..', '${'shared'}', '${'reference'}');`,
		],
	])('the scanner catches %s', (_name, line) => {
		expect(scanText(`ok\n${line}\nok`)).toEqual([expect.objectContaining({ line: 2 })]);
	});

	it('the scanner lets ordinary text through (order numbers, in-repository paths)', () => {
		expect(
			scanText(
				"preview: 'Order #4417 has not arrived'\nimport { x } from '../shared/x';\n// test/fixtures/openapi/nutshell-openapi.json",
			),
		).toEqual([]);
	});

	it('a module path or __dirname walk that leaves the repository is caught, one inside is not', () => {
		const up = ["'..'", "'..'", "'..'"].join(', ');
		expect(
			escapingPaths(
				'test/harness/paths.js',
				`const R = path.resolve(__dirname, ${up}, 'elsewhere');`,
			),
		).toHaveLength(1);
		expect(
			escapingPaths('test/unit/x.test.ts', "import { y } from '../../../outside/y';"),
		).toHaveLength(1);
		expect(
			escapingPaths('test/harness/paths.js', "const ROOT = path.resolve(__dirname, '..', '..');"),
		).toEqual([]);
		expect(
			escapingPaths(
				'nodes/Gladly/actions/customer/get.ts',
				"import { b } from '../../../shared/ids';",
			),
		).toEqual([]);
	});
});

describe('generated documentation', () => {
	const data = collect();
	const generated = blocks(data);
	const inline = counts(data);

	it.each(['README.md', 'CHANGELOG.md'])('%s matches the built nodes', (doc) => {
		const [, stale] = render(readText(doc), generated, inline);
		expect(stale).toEqual([]);
	});

	it('every action node has its operation table in the README, with one row per built operation', () => {
		const readme = readText('README.md');
		for (const [app, resources] of Object.entries(data.apps)) {
			expect(readme).toContain(`<!-- generated:operations:${app} -->`);
			const rows = generated[`operations:${app}`].split('\n').length - 2;
			expect(rows).toBe(resources.reduce((sum, r) => sum + r.operations.length, 0));
		}
	});

	it('a table that no longer matches is reported stale, and a count typed by hand too', () => {
		const name = 'operations:kustomer';
		const edited = `<!-- generated:${name} -->\n${generated[name].replace(/\| Get \|/, '| Fetch |')}\n<!-- /generated:${name} -->\n<!-- count:gladly -->17 resources, 94 operations<!-- /count -->`;
		const [rewritten, stale] = render(edited, generated, inline);
		expect(stale).toEqual([name, 'count:gladly']);
		expect(render(rewritten, generated, inline)[1]).toEqual([]);
	});
});
