/**
 * Import boundaries that keep the per-app split mechanical: an app's node folders
 * (nodes/<App>*) and credential import only their own app and nodes/shared; nodes/shared imports
 * no app and no credential; every node folder belongs to an app. The checker lives in
 * scripts/split/lib.js; the split builder relies on the same rule.
 */
import { sourceFiles, mainPackage } from '../../scripts/split/fs';
import { boundaryViolations, importsOf } from '../../scripts/split/lib';

const { apps } = mainPackage();
const APPS = apps.map((a) => a.app);

describe('import boundaries of the source tree', () => {
	it('knows the three apps from package.json', () => {
		expect(APPS.sort()).toEqual(['Gladly', 'Kustomer', 'Nutshell']);
	});

	it('has no import across apps, and no app import in nodes/shared', () => {
		const files = sourceFiles();
		expect(Object.keys(files).length).toBeGreaterThan(0);
		expect(boundaryViolations(files, APPS)).toEqual([]);
	});

	it('has no import between trigger folders: what two nodes share lives in the app folder or nodes/shared', () => {
		const files = sourceFiles();
		const folderOf = (file: string) => file.split('/')[1];
		const crossings = Object.entries(files).flatMap(([file, source]) => {
			if (!file.startsWith('nodes/') || !/Trigger$/.test(folderOf(file))) return [];
			return importsOf(source)
				.filter((spec) => spec.startsWith('.'))
				.map((spec) => ({ file, target: new URL(spec, `file:///${file}`).pathname.slice(1) }))
				.filter(
					({ target }) =>
						target.startsWith('nodes/') &&
						/Trigger$/.test(folderOf(target)) &&
						folderOf(target) !== folderOf(file),
				);
		});
		expect(crossings).toEqual([]);
	});
});

describe('the boundary checker', () => {
	const check = (files: Record<string, string>) => boundaryViolations(files, APPS);

	it.each([
		['nodes/Gladly/transport.ts', "import { kustomerOrigin } from '../Kustomer/hosts';"],
		['nodes/GladlyTrigger/GladlyTrigger.node.ts', "import type { X } from '../Nutshell/types';"],
		['nodes/Gladly/actions/a.ts', "export { y } from '../../KustomerPollingTrigger/cursor';"],
		['nodes/NutshellPollingTrigger/t.ts', "export * from '../Gladly';"],
		['nodes/Nutshell/x.js', "const k = require('../Kustomer/transport');"],
		['nodes/Kustomer/lazy.ts', "const g = await import('../GladlyTrigger/events');"],
		['nodes/shared/request.ts', "import { roleHint } from '../Kustomer/roles';"],
		['nodes/shared/trigger/x.ts', "import { a } from '../../NutshellWebhookTrigger/a';"],
		[
			'nodes/shared/hosts.ts',
			"import { KustomerApi } from '../../credentials/KustomerApi.credentials';",
		],
		[
			'credentials/GladlyApi.credentials.ts',
			"import { kustomerOrigin } from '../nodes/Kustomer/hosts';",
		],
		[
			'credentials/NutshellApi.credentials.ts',
			"import { GladlyApi } from './GladlyApi.credentials';",
		],
		['nodes/Zendesk/Zendesk.node.ts', "import { x } from '../shared/x';"],
		['nodes/Kustomer/version.ts', "import pkg from '../../package.json';"],
	])('reports %s importing across the boundary', (file, source) => {
		expect(check({ [file]: source })).toHaveLength(1);
	});

	it('accepts imports within one app and of the shared core', () => {
		expect(
			check({
				'nodes/KustomerTrigger/KustomerTrigger.node.ts': [
					"import { NodeConnectionTypes } from 'n8n-workflow';",
					"import { createHmac } from 'crypto';",
					"import { apiRequest } from '../Kustomer/transport';",
					"import type { ApiResponse } from '../shared/types';",
				].join('\n'),
				'nodes/KustomerPollingTrigger/poll.ts': "export * from '../Kustomer';",
				'nodes/Gladly/actions/customer/get.ts':
					"import { a } from '../../transport';\nimport { b } from '../../../shared/ids';",
				'nodes/shared/request.ts': "import { z } from 'zod';\nimport { pacerFor } from './pacer';",
				'credentials/KustomerApi.credentials.ts':
					"import { kustomerOrigin } from '../nodes/Kustomer/hosts';\nimport { pinToOrigin } from '../nodes/shared/credentialGuard';",
			}),
		).toEqual([]);
	});

	it('finds every form of import', () => {
		const source = [
			"import a from './a';",
			"import type {\n\tB,\n\tC,\n} from './b';",
			"export { d } from './d';",
			"import './side-effect';",
			"const e = require('./e');",
			"const f = import('./f');",
		].join('\n');
		expect(importsOf(source).sort()).toEqual(['./a', './b', './d', './e', './f', './side-effect']);
	});
});
