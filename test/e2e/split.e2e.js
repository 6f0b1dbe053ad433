#!/usr/bin/env node
'use strict';
/**
 * Each per-app package, installed ALONE into real n8n as a community package, loads
 * and runs one workflow against the sandbox: proof that it carries everything it needs.
 *
 *   node test/e2e/split.e2e.js [--keep] [--only kustomer|gladly|nutshell]
 *
 * Uses the tarballs of `npm run pack:split` (node_modules/.cache/kgn-split/n8n-nodes-<app>-<version>.tgz; builds them
 * with `node scripts/split/build.js` when missing) and the real-n8n machinery of scripts/n8n/
 * (n8n 2.41.1 unless KGN_N8N_VERSION is set). For each app: a fresh n8n user folder, the tarball
 * installed into its ~/.n8n/nodes (and nothing else: the test checks the folder), the app's
 * credential imported with the sandbox as base URL, a Manual Trigger -> <app node> workflow
 * imported and run with `n8n execute`. Also loads the installed package with the installed n8n's
 * own loader (every node, with its codex, and the credential). Ends with "N passed, N failed";
 * exit 1 on any failure.
 */
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const root = path.resolve(__dirname, '..', '..');
const { ensureN8n } = require(path.join(root, 'scripts', 'n8n', 'install'));
const { createInstance, nodeOutput } = require(path.join(root, 'scripts', 'n8n', 'instance'));
const { makeLogger } = require(path.join(root, 'scripts', 'n8n', 'util'));
const { startSandbox } = require(path.join(root, 'test', 'sandbox'));
const gladlySandbox = require(path.join(root, 'test', 'sandbox', 'gladly'));
const nutshellSandbox = require(path.join(root, 'test', 'sandbox', 'nutshell'));
const { SPLIT_DIR } = require(path.join(root, 'scripts', 'split', 'fs'));

const log = makeLogger('split-e2e');
const argv = process.argv.slice(2);
const keep = argv.includes('--keep');
const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : null;

/**
 * One workflow per app: a read or create the sandbox answers without extra set-up (or with the
 * `seed` given), and what its output must show.
 */
const APPS = {
	kustomer: {
		credential: (url) => ({
			type: 'kustomerApi',
			data: { orgName: '', region: 'custom', baseUrl: url, apiKey: 'kustomer-test-key' },
		}),
		seed: (provider) => provider.seedCustomers(3),
		node: {
			type: 'kustomer',
			parameters: { resource: 'customer', operation: 'getMany', returnAll: false, limit: 10 },
		},
		expect: (items) => items.length === 3 && items.every((item) => item.id),
		request: /^GET \/v1\/customers/,
	},
	gladly: {
		credential: (url) => ({
			type: 'gladlyApi',
			data: {
				organization: '',
				environment: 'production',
				email: gladlySandbox.EMAIL,
				apiToken: gladlySandbox.TOKEN,
				baseUrl: url,
			},
		}),
		node: {
			type: 'gladly',
			parameters: {
				resource: 'customer',
				operation: 'create',
				additionalFields: { name: 'Split Package E2E' },
			},
		},
		expect: (items) => items.length === 1 && Boolean(items[0].id),
		request: /^POST \/api\/v1\/customer-profiles/,
	},
	nutshell: {
		credential: (url) => ({
			type: 'nutshellApi',
			data: { username: nutshellSandbox.EMAIL, apiKey: nutshellSandbox.API_KEY, baseUrl: url },
		}),
		node: {
			type: 'nutshell',
			parameters: { resource: 'user', operation: 'getMany', returnAll: true },
		},
		expect: (items) => items.length >= 2 && items.every((item) => item.id),
		request: /^GET \/rest\/users/,
	},
};

const results = [];
function check(name, ok, detail = '') {
	results.push({ name, ok: Boolean(ok) });
	log(`${ok ? 'PASS' : 'FAIL'} ${name}${!ok && detail ? `: ${detail}` : ''}`);
	return Boolean(ok);
}

function tarballs() {
	const { version } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
	const files = Object.fromEntries(
		Object.keys(APPS).map((id) => [id, path.join(SPLIT_DIR, `n8n-nodes-${id}-${version}.tgz`)]),
	);
	if (Object.values(files).some((file) => !fs.existsSync(file))) {
		log('split tarballs missing: running scripts/split/build.js');
		const built = spawnSync(process.execPath, [path.join(root, 'scripts', 'split', 'build.js')], {
			cwd: root,
			stdio: 'inherit',
		});
		if (built.status !== 0) throw new Error('scripts/split/build.js failed');
	}
	return files;
}

/**
 * Load an installed package with the installed n8n's own PackageDirectoryLoader (n8n-core), on the
 * Node that runs n8n and with n8n's modules on NODE_PATH as n8n sets it: { nodes, credentials }.
 */
function loadWithN8n(n8n, packageDir) {
	const script = `
		const core = require(require('path').join(process.argv[1], 'node_modules', 'n8n-core'));
		(async () => {
			const loader = new core.PackageDirectoryLoader(process.argv[2]);
			await loader.loadAll();
			const nodes = loader.types.nodes.map((n) => ({ name: n.name, categories: (n.codex && n.codex.categories) || [] }));
			process.stdout.write(JSON.stringify({ nodes, credentials: Object.keys(loader.credentialTypes) }));
		})().catch((e) => { process.stdout.write(JSON.stringify({ error: e.message })); });`;
	const result = spawnSync(n8n.node, ['-e', script, n8n.dir, packageDir], {
		encoding: 'utf8',
		env: { ...process.env, NODE_PATH: path.join(n8n.dir, 'node_modules') },
	});
	try {
		return JSON.parse(result.stdout);
	} catch {
		return { error: `${result.stdout}${result.stderr}`.slice(-800) };
	}
}

function workflow(id, app, spec, credentialId) {
	const packageName = `n8n-nodes-${id}`;
	const nodeName = `${app}`;
	return {
		id: `split-${id}`,
		name: `Split package ${packageName}`,
		active: false,
		settings: { executionOrder: 'v1' },
		nodes: [
			{
				id: 'trigger',
				name: 'Manual',
				type: 'n8n-nodes-base.manualTrigger',
				typeVersion: 1,
				position: [0, 0],
				parameters: {},
			},
			{
				id: 'app',
				name: nodeName,
				type: `${packageName}.${spec.node.type}`,
				typeVersion: 1,
				position: [220, 0],
				parameters: spec.node.parameters,
				credentials: { [spec.credential('').type]: { id: credentialId, name: `${app} sandbox` } },
			},
		],
		connections: { Manual: { main: [[{ node: nodeName, type: 'main', index: 0 }]] } },
	};
}

async function runApp(n8n, sandbox, id, tarball) {
	const spec = APPS[id];
	const app = id[0].toUpperCase() + id.slice(1);
	const packageName = `n8n-nodes-${id}`;
	const inst = await createInstance({ n8n, keep });
	try {
		await inst.installPackage(tarball);
		const installed = fs
			.readdirSync(path.join(inst.nodesDir, 'node_modules'))
			.filter((name) => !name.startsWith('.'));
		check(
			`${packageName}: installed alone (node_modules holds only it)`,
			installed.length === 1 && installed[0] === packageName,
			installed.join(', '),
		);

		const loaded = loadWithN8n(n8n, path.join(inst.nodesDir, 'node_modules', packageName));
		const manifest = JSON.parse(
			fs.readFileSync(
				path.join(inst.nodesDir, 'node_modules', packageName, 'package.json'),
				'utf8',
			),
		);
		check(
			`${packageName}: n8n's loader loads all ${manifest.n8n.nodes.length} node(s) with codex, and its ${manifest.n8n.credentials.length} credential(s) incl. ${id}Api`,
			loaded.nodes &&
				loaded.nodes.length === manifest.n8n.nodes.length &&
				loaded.nodes.every((n) => n.categories.length) &&
				loaded.credentials.length === manifest.n8n.credentials.length &&
				loaded.credentials.includes(`${id}Api`),
			JSON.stringify(loaded),
		);

		if (spec.seed) spec.seed(sandbox.provider(id));
		sandbox.clearRequests();
		const credential = spec.credential(sandbox.url(id));
		const credentialId = `split${id}cred`;
		await inst.importCredentials([
			{ id: credentialId, name: `${app} sandbox`, type: credential.type, data: credential.data },
		]);
		const wf = workflow(id, app, spec, credentialId);
		await inst.importWorkflow(wf);
		const run = await inst.execute(wf.id); // ok also when n8n crashed while exiting after a finished run
		const detail = run.error
			? `${run.error.message || ''} ${JSON.stringify(run.error).slice(0, 600)}`
			: `exit ${run.code}: ${run.stderr.slice(-800)}${run.stdout.slice(-400)}`;
		if (
			!check(
				`${packageName}: n8n loads it and runs Manual -> ${app} (${spec.node.parameters.resource} ${spec.node.parameters.operation})`,
				run.ok,
				detail,
			)
		)
			return;
		const items = nodeOutput(run.data, app) || [];
		check(
			`${packageName}: ${items.length} output item(s) as expected`,
			spec.expect(items),
			JSON.stringify(items).slice(0, 400),
		);
		const calls = sandbox.requestsFor(id).map((r) => `${r.method} ${r.path}`);
		check(
			`${packageName}: the node reached the ${app} sandbox`,
			calls.some((call) => spec.request.test(call)),
			calls.join(', '),
		);
	} finally {
		await inst.cleanup();
	}
}

async function main() {
	const ids = only ? [only] : Object.keys(APPS);
	if (ids.some((id) => !APPS[id]))
		throw new Error(`--only takes one of ${Object.keys(APPS).join(', ')}`);
	const files = tarballs();
	const n8n = await ensureN8n({ log });
	const sandbox = await startSandbox({ providers: ids, rateLimits: false });
	try {
		for (const id of ids) {
			try {
				await runApp(n8n, sandbox, id, files[id]);
			} catch (error) {
				check(`n8n-nodes-${id}: e2e run`, false, error.stack || String(error));
			}
		}
	} finally {
		await sandbox.close();
	}
	const passed = results.filter((r) => r.ok).length;
	const failed = results.length - passed;
	process.stdout.write(`${passed} passed, ${failed} failed\n`);
	process.exit(failed ? 1 : 0);
}

main().catch((error) => {
	process.stderr.write(`${error.stack || error}\n`);
	process.stdout.write('0 passed, 1 failed\n');
	process.exit(1);
});
