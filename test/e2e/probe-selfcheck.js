#!/usr/bin/env node
'use strict';
/**
 * Self-check of the real-n8n machinery in scripts/n8n/ (not part of jest):
 *
 *   node test/e2e/probe-selfcheck.js [--skip-queue] [--skip-284] [--skip-rest] [--keep]
 *
 * It generates a throwaway community package `n8n-nodes-e2e-probe` in a temp dir (one
 * programmatic node returning {hello: 'world'}, or calling a loopback server with its
 * credential; one credential whose `test` request goes to that server), then:
 *  1. n8n 2.41.1 (Node 24): install the probe as a community package, import credentials and
 *     workflows, `n8n execute --id`, check the output;
 *  2. `n8n start`, owner setup + login over REST, credential tests through n8n's own tester;
 *  3. queue mode: Redis + main + worker, a webhook-started workflow published with
 *     `n8n publish:workflow`, POST /webhook/<path>, "Worker finished execution" in the worker log;
 *  4. n8n 2.8.4 on Node 20 (when the running Node is 20.19-24.x): import + execute.
 * Prints timings and ends with "N passed, N failed".
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const http = require('http');
const crypto = require('crypto');

const root = path.resolve(__dirname, '..', '..');
const { ensureN8n } = require(path.join(root, 'scripts', 'n8n', 'install'));
const {
	createInstance,
	nodeOutput,
	startRedis,
	setupOwnerAndLogin,
	testCredential,
	testStoredCredential,
	waitForWebhook,
	CREDENTIAL_BLANKING_VALUE,
} = require(path.join(root, 'scripts', 'n8n', 'instance'));
const { makeLogger, rmrf, cmpVersion } = require(path.join(root, 'scripts', 'n8n', 'util'));
const { runNpm } = require(path.join(root, 'scripts', 'n8n', 'node24'));

const args = new Set(process.argv.slice(2));
const log = makeLogger('selfcheck');
const timings = {};
const results = [];

function check(name, cond, detail = '') {
	results.push({ name, ok: !!cond });
	log(`${cond ? 'PASS' : 'FAIL'} ${name}${!cond && detail ? `: ${detail}` : ''}`);
	return !!cond;
}

async function timed(key, fn) {
	const t0 = Date.now();
	try {
		return await fn();
	} finally {
		timings[key] = +((Date.now() - t0) / 1000).toFixed(1);
	}
}

// ---------------------------------------------------------------------------------------------
// The probe package
// ---------------------------------------------------------------------------------------------

const PROBE_NODE = `'use strict';
class E2eProbe {
	constructor() {
		this.description = {
			displayName: 'E2E Probe',
			name: 'e2eProbe',
			icon: 'fa:vial',
			group: ['transform'],
			version: 1,
			description: 'Throwaway node for the e2e machinery self-check',
			defaults: { name: 'E2E Probe' },
			inputs: ['main'],
			outputs: ['main'],
			credentials: [{ name: 'e2eProbeApi', required: false }],
			properties: [
				{
					displayName: 'Mode',
					name: 'mode',
					type: 'options',
					options: [
						{ name: 'Hello', value: 'hello' },
						{ name: 'Request', value: 'request' },
					],
					default: 'hello',
				},
			],
		};
	}
	async execute() {
		const items = this.getInputData();
		const out = [];
		for (let i = 0; i < items.length; i++) {
			const mode = this.getNodeParameter('mode', i);
			if (mode === 'request') {
				const creds = await this.getCredentials('e2eProbeApi');
				const body = await this.helpers.httpRequestWithAuthentication.call(this, 'e2eProbeApi', {
					method: 'GET',
					url: creds.baseUrl + '/echo',
					json: true,
				});
				out.push({ json: { response: body, pid: process.pid }, pairedItem: { item: i } });
			} else {
				out.push({ json: { hello: 'world' }, pairedItem: { item: i } });
			}
		}
		return [out];
	}
}
module.exports = { E2eProbe };
`;

const PROBE_CRED = `'use strict';
class E2eProbeApi {
	constructor() {
		this.name = 'e2eProbeApi';
		this.displayName = 'E2E Probe API';
		this.documentationUrl = 'https://example.com/e2e-probe';
		this.properties = [
			{ displayName: 'Base URL', name: 'baseUrl', type: 'string', default: '' },
			{ displayName: 'API Key', name: 'apiKey', type: 'string', typeOptions: { password: true }, default: '' },
		];
		this.authenticate = {
			type: 'generic',
			properties: { headers: { 'X-Api-Key': '={{$credentials.apiKey}}' } },
		};
		this.test = {
			request: { baseURL: '={{$credentials.baseUrl}}', url: '/check', method: 'GET' },
		};
	}
}
module.exports = { E2eProbeApi };
`;

async function buildProbePackage(dir) {
	const pkgDir = path.join(dir, 'n8n-nodes-e2e-probe');
	fs.mkdirSync(path.join(pkgDir, 'dist', 'nodes', 'E2eProbe'), { recursive: true });
	fs.mkdirSync(path.join(pkgDir, 'dist', 'credentials'), { recursive: true });
	fs.writeFileSync(
		path.join(pkgDir, 'package.json'),
		JSON.stringify(
			{
				name: 'n8n-nodes-e2e-probe',
				version: '0.0.1',
				description: 'Throwaway package for the e2e machinery self-check (never published)',
				license: 'MIT',
				keywords: ['n8n-community-node-package'],
				files: ['dist'],
				n8n: {
					n8nNodesApiVersion: 1,
					nodes: ['dist/nodes/E2eProbe/E2eProbe.node.js'],
					credentials: ['dist/credentials/E2eProbeApi.credentials.js'],
				},
				peerDependencies: { 'n8n-workflow': '*' },
			},
			null,
			2,
		),
	);
	fs.writeFileSync(path.join(pkgDir, 'dist', 'nodes', 'E2eProbe', 'E2eProbe.node.js'), PROBE_NODE);
	fs.writeFileSync(
		path.join(pkgDir, 'dist', 'credentials', 'E2eProbeApi.credentials.js'),
		PROBE_CRED,
	);
	const r = await runNpm(process.execPath, ['pack', '--silent', '--pack-destination', dir], {
		cwd: pkgDir,
		check: true,
	});
	return path.join(dir, r.stdout.trim().split('\n').pop());
}

// ---------------------------------------------------------------------------------------------
// Loopback API the credential test and the request mode call
// ---------------------------------------------------------------------------------------------

function startApi(goodKey) {
	const requests = [];
	const server = http.createServer((req, res) => {
		requests.push({ method: req.method, url: req.url, apiKey: req.headers['x-api-key'] || null });
		const ok = req.headers['x-api-key'] === goodKey;
		res.writeHead(ok ? 200 : 401, { 'Content-Type': 'application/json' });
		res.end(JSON.stringify(ok ? { ok: true, path: req.url } : { error: 'bad key' }));
	});
	return new Promise((resolve) => {
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address();
			resolve({
				baseUrl: `http://127.0.0.1:${port}`,
				requests,
				close: () => new Promise((r) => server.close(r)),
			});
		});
	});
}

// ---------------------------------------------------------------------------------------------
// Workflows
// ---------------------------------------------------------------------------------------------

const CRED_ID = 'e2eProbeCred0001';
const WF_HELLO = 'e2eProbeHello001';
const WF_REQUEST = 'e2eProbeReqst001';
const WF_WEBHOOK = 'e2eProbeHook0001';

function manualWorkflow(id, mode) {
	return {
		id,
		name: `probe ${mode}`,
		active: false,
		settings: { executionOrder: 'v1' },
		nodes: [
			{
				id: crypto.randomUUID(),
				name: 'Manual',
				type: 'n8n-nodes-base.manualTrigger',
				typeVersion: 1,
				position: [0, 0],
				parameters: {},
			},
			{
				id: crypto.randomUUID(),
				name: 'Probe',
				type: 'n8n-nodes-e2e-probe.e2eProbe',
				typeVersion: 1,
				position: [220, 0],
				parameters: { mode },
				credentials: { e2eProbeApi: { id: CRED_ID, name: 'probe cred' } },
			},
		],
		connections: { Manual: { main: [[{ node: 'Probe', type: 'main', index: 0 }]] } },
	};
}

function webhookWorkflow(id, webhookPath) {
	return {
		id,
		name: 'probe webhook',
		active: false,
		settings: { executionOrder: 'v1' },
		nodes: [
			{
				id: crypto.randomUUID(),
				name: 'Webhook',
				type: 'n8n-nodes-base.webhook',
				typeVersion: 2,
				position: [0, 0],
				webhookId: crypto.randomUUID(),
				parameters: {
					httpMethod: 'POST',
					path: webhookPath,
					responseMode: 'lastNode',
					options: {},
				},
			},
			{
				id: crypto.randomUUID(),
				name: 'Probe',
				type: 'n8n-nodes-e2e-probe.e2eProbe',
				typeVersion: 1,
				position: [220, 0],
				parameters: { mode: 'request' },
				credentials: { e2eProbeApi: { id: CRED_ID, name: 'probe cred' } },
			},
		],
		connections: { Webhook: { main: [[{ node: 'Probe', type: 'main', index: 0 }]] } },
	};
}

// ---------------------------------------------------------------------------------------------
// Scenarios
// ---------------------------------------------------------------------------------------------

async function scenarioExecute(label, n8n, tarball, api, goodKey) {
	const inst = await createInstance({ n8n, log: makeLogger(`${label}`) });
	let ok = false;
	try {
		await timed(`${label}.installPackage`, () => inst.installPackage(tarball));
		await timed(`${label}.importCredentials`, () =>
			inst.importCredentials([
				{
					id: CRED_ID,
					name: 'probe cred',
					type: 'e2eProbeApi',
					data: { baseUrl: api.baseUrl, apiKey: goodKey },
				},
			]),
		);
		await timed(`${label}.importWorkflow`, () =>
			inst.importWorkflow([
				manualWorkflow(WF_HELLO, 'hello'),
				manualWorkflow(WF_REQUEST, 'request'),
			]),
		);
		const hello = await timed(`${label}.execute`, () => inst.execute(WF_HELLO));
		const out = nodeOutput(hello.data, 'Probe');
		ok = check(
			`${label}: execute hello -> [{hello:'world'}]`,
			hello.ok && JSON.stringify(out) === '[{"hello":"world"}]',
			`exit ${hello.code}, output ${JSON.stringify(out)}, error ${JSON.stringify(hello.error)} ${hello.stderr.slice(-1500)}`,
		);
		const before = api.requests.length;
		const req = await timed(`${label}.executeRequest`, () => inst.execute(WF_REQUEST));
		const rout = nodeOutput(req.data, 'Probe');
		const seen = api.requests.slice(before);
		ok =
			check(
				`${label}: execute request -> credential decrypted and applied`,
				req.ok &&
					rout?.[0]?.response?.ok === true &&
					seen.some((r) => r.url === '/echo' && r.apiKey === goodKey),
				`exit ${req.code}, output ${JSON.stringify(rout)}, requests ${JSON.stringify(seen)} ${req.stderr.slice(-1500)}`,
			) && ok;
	} finally {
		await inst.cleanup({ keep: !ok || args.has('--keep') });
	}
	return ok;
}

async function scenarioRest(label, n8n, tarball, api, goodKey) {
	const inst = await createInstance({ n8n, log: makeLogger(label) });
	// n8n 2.41 tests unsaved data (credentials.id '') for the owner; 2.8 answers 403 and only
	// tests stored credentials.
	const unsavedSupported = cmpVersion(n8n.version, '2.41.0') >= 0;
	let ok = false;
	try {
		await inst.installPackage(tarball);
		await inst.importCredentials([
			{
				id: CRED_ID,
				name: 'probe cred',
				type: 'e2eProbeApi',
				data: { baseUrl: api.baseUrl, apiKey: goodKey },
			},
		]);
		const main = await timed(`${label}.startMain`, () => inst.start());
		const { cookie, user } = await timed(`${label}.ownerSetupAndLogin`, () =>
			setupOwnerAndLogin(main.baseUrl),
		);
		ok = check(
			`${label}: owner setup + login -> n8n-auth cookie`,
			!!cookie && user?.email === 'owner@example.com',
			JSON.stringify(user),
		);

		let before = api.requests.length;
		const stored = await timed(`${label}.credentialTest`, () =>
			testCredential(main.baseUrl, cookie, {
				id: CRED_ID,
				name: 'probe cred',
				type: 'e2eProbeApi',
				data: { baseUrl: api.baseUrl, apiKey: CREDENTIAL_BLANKING_VALUE },
			}),
		);
		ok =
			check(
				`${label}: credential test of the imported credential (blanked key restored) -> OK`,
				stored.status === 'OK',
				JSON.stringify(stored),
			) && ok;
		ok =
			check(
				`${label}: credential test sent GET /check with the stored key`,
				api.requests.slice(before).some((r) => r.url === '/check' && r.apiKey === goodKey),
				JSON.stringify(api.requests.slice(before)),
			) && ok;
		const storedUi = await testStoredCredential(main.baseUrl, cookie, CRED_ID);
		ok =
			check(
				`${label}: testStoredCredential (GET redacted, POST test) -> OK`,
				storedUi.status === 'OK',
				JSON.stringify(storedUi),
			) && ok;
		const storedBad = await testCredential(main.baseUrl, cookie, {
			id: CRED_ID,
			name: 'probe cred',
			type: 'e2eProbeApi',
			data: { baseUrl: api.baseUrl, apiKey: 'wrong' },
		});
		ok =
			check(
				`${label}: stored credential with an edited (bad) key -> Error`,
				storedBad.status === 'Error',
				JSON.stringify(storedBad),
			) && ok;
		log(`  bad-key message: ${storedBad.message}`);

		if (unsavedSupported) {
			before = api.requests.length;
			const good = await testCredential(main.baseUrl, cookie, {
				id: '',
				name: 'new',
				type: 'e2eProbeApi',
				data: { baseUrl: api.baseUrl, apiKey: goodKey },
			});
			ok =
				check(
					`${label}: credential test (unsaved, good key) -> OK`,
					good.status === 'OK',
					JSON.stringify(good),
				) && ok;
			ok =
				check(
					`${label}: unsaved test sent GET /check with the key`,
					api.requests.slice(before).some((r) => r.url === '/check' && r.apiKey === goodKey),
				) && ok;
			const bad = await testCredential(main.baseUrl, cookie, {
				id: '',
				name: 'new',
				type: 'e2eProbeApi',
				data: { baseUrl: api.baseUrl, apiKey: 'wrong' },
			});
			ok =
				check(
					`${label}: credential test (unsaved, bad key) -> Error`,
					bad.status === 'Error',
					JSON.stringify(bad),
				) && ok;
			const noHost = await testCredential(main.baseUrl, cookie, {
				id: '',
				type: 'e2eProbeApi',
				data: { baseUrl: 'http://127.0.0.1:9', apiKey: goodKey },
			});
			ok =
				check(
					`${label}: credential test to a closed port -> Error`,
					noHost.status === 'Error',
					JSON.stringify(noHost),
				) && ok;
			log(`  closed-port message: ${noHost.message}`);
		} else {
			const r = await testCredential(main.baseUrl, cookie, {
				id: '',
				type: 'e2eProbeApi',
				data: { baseUrl: api.baseUrl, apiKey: goodKey },
			}).catch((e) => e);
			ok =
				check(
					`${label}: unsaved credential test is refused (403) on this version`,
					r instanceof Error && /-> 403/.test(r.message),
					String(r.message || JSON.stringify(r)),
				) && ok;
		}

		const unauth = await testCredential(main.baseUrl, 'n8n-auth=bogus', {
			id: CRED_ID,
			type: 'e2eProbeApi',
			data: {},
		}).catch((e) => e);
		ok =
			check(
				`${label}: credential test without a valid cookie -> 401`,
				unauth instanceof Error && /-> 401/.test(unauth.message),
				String(unauth.message || JSON.stringify(unauth)),
			) && ok;
		await timed(`${label}.stopMain`, () => inst.stop());
	} finally {
		await inst.cleanup({ keep: !ok || args.has('--keep') });
	}
	return ok;
}

async function scenarioQueue(n8n, tarball, api, goodKey) {
	const redis = await timed('queue.startRedis', () => startRedis());
	const inst = await createInstance({ n8n, queue: redis, log: makeLogger('queue') });
	let ok = false;
	try {
		await inst.installPackage(tarball);
		await inst.importCredentials([
			{
				id: CRED_ID,
				name: 'probe cred',
				type: 'e2eProbeApi',
				data: { baseUrl: api.baseUrl, apiKey: goodKey },
			},
		]);
		const webhookPath = 'e2e-probe-queue';
		await inst.importWorkflow(webhookWorkflow(WF_WEBHOOK, webhookPath));
		await timed('queue.publish', () => inst.publishWorkflow(WF_WEBHOOK));
		const main = await timed('queue.startMain', () => inst.start());
		const worker = await timed('queue.startWorker', () => inst.startWorker());
		await timed('queue.waitForWebhook', () =>
			waitForWebhook(main.baseUrl, webhookPath, { proc: main }),
		);
		const before = api.requests.length;
		const res = await timed('queue.webhookRoundTrip', async () => {
			const r = await fetch(`${main.baseUrl}/webhook/${webhookPath}`, {
				method: 'POST',
				headers: { 'Content-Type': 'application/json' },
				body: JSON.stringify({ ping: 1 }),
				signal: AbortSignal.timeout(60000),
			});
			return { status: r.status, body: await r.text() };
		});
		let body = null;
		try {
			body = JSON.parse(res.body);
		} catch {
			/* leave null */
		}
		ok = check(
			'queue: POST /webhook -> 200 with the probe output',
			res.status === 200 && body?.response?.ok === true,
			`${res.status} ${res.body.slice(0, 500)}`,
		);
		const m = await worker.waitForLog(/Worker finished execution (\d+)/, 30000).catch((e) => e);
		ok =
			check('queue: worker log shows "Worker finished execution"', Array.isArray(m), m.message) &&
			ok;
		ok =
			check(
				'queue: main log shows "Enqueued execution"',
				/Enqueued execution \d+/.test(main.output),
				main.logFile,
			) && ok;
		ok =
			check(
				'queue: the probe ran in the worker (not in main)',
				body?.pid === worker.pid,
				`probe pid ${body?.pid}, main ${main.pid}, worker ${worker.pid}`,
			) && ok;
		ok =
			check(
				'queue: the worker sent the request with the decrypted key',
				api.requests.slice(before).some((r) => r.url === '/echo' && r.apiKey === goodKey),
			) && ok;
		await timed('queue.stop', () => inst.stop());
	} finally {
		await inst.cleanup({ keep: !ok || args.has('--keep') });
		await redis.stop();
	}
	return ok;
}

async function main() {
	const t0 = Date.now();
	const goodKey = `k-${crypto.randomBytes(8).toString('hex')}`;
	const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kgn-probe-'));
	const api = await startApi(goodKey);
	try {
		const tarball = await timed('buildProbe', () => buildProbePackage(tmp));
		log(`probe tarball ${tarball}`);

		const n8n = await timed('ensureN8n_2.41.1', () => ensureN8n({ version: '2.41.1' }));
		timings['ensureN8n_2.41.1.cached'] = n8n.cached;
		await scenarioExecute('v2.41.1', n8n, tarball, api, goodKey);
		if (!args.has('--skip-rest')) await scenarioRest('rest-v2.41.1', n8n, tarball, api, goodKey);
		if (!args.has('--skip-queue')) await scenarioQueue(n8n, tarball, api, goodKey);

		if (!args.has('--skip-284')) {
			const major = parseInt(process.versions.node, 10);
			if (major >= 20 && major <= 24) {
				const n8n284 = await timed('ensureN8n_2.8.4', () => ensureN8n({ version: '2.8.4' }));
				timings['ensureN8n_2.8.4.cached'] = n8n284.cached;
				await scenarioExecute('v2.8.4', n8n284, tarball, api, goodKey);
				if (!args.has('--skip-rest'))
					await scenarioRest('rest-v2.8.4', n8n284, tarball, api, goodKey);
			} else {
				log(`skip 2.8.4: it needs Node 20.19-24.x, running ${process.version}`);
			}
		}
	} catch (e) {
		check('no unexpected error', false, e.stack || String(e));
	} finally {
		await api.close();
		rmrf(tmp);
	}
	timings.total = +((Date.now() - t0) / 1000).toFixed(1);
	process.stdout.write(`\ntimings (s): ${JSON.stringify(timings, null, 2)}\n`);
	const passed = results.filter((r) => r.ok).length;
	const failed = results.length - passed;
	process.stdout.write(`${passed} passed, ${failed} failed\n`);
	process.exitCode = failed ? 1 : 0;
}

main();
