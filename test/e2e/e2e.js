#!/usr/bin/env node
'use strict';
/**
 * End-to-end suite in REAL n8n: the package as users install it, the example workflows
 * of examples/ against the sandbox, n8n's own credential tests, a trigger in a running `n8n start`,
 * queue mode with a separate `n8n worker`, and n8n 2.8.4 (Node 20) as the oldest tested line.
 *
 *   node test/e2e/e2e.js [--keep] [--skip-build] [--skip-rest] [--skip-queue] [--skip-284]
 *
 * Env: KGN_E2E_SKIP_284=1 skips the 2.8.4 check; KGN_N8N_KEEP=1 keeps every n8n user folder (logs).
 * n8n installs are cached outside the repo by scripts/n8n (minutes the first time, then ~0 s).
 * Ends with "N passed, N failed"; exit 1 on any failure.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const crypto = require('crypto');

const root = path.resolve(__dirname, '..', '..');
const { ensureN8n } = require(path.join(root, 'scripts', 'n8n', 'install'));
const {
	buildAndPack: buildAndPackRepo,
	createInstance,
	nodeOutput,
	startRedis,
	setupOwnerAndLogin,
	testCredential,
	testStoredCredential,
	rest,
} = require(path.join(root, 'scripts', 'n8n', 'instance'));
const { makeLogger, rmrf, sleep } = require(path.join(root, 'scripts', 'n8n', 'util'));
const { startSandbox } = require(path.join(root, 'test', 'sandbox'));
const demo = require('./demo');

const argv = new Set(process.argv.slice(2));
const keep = argv.has('--keep');
const skip284 = argv.has('--skip-284') || process.env.KGN_E2E_SKIP_284 === '1';
const log = makeLogger('e2e');
const timings = {};
const results = [];

function check(name, ok, detail = '') {
	results.push({ name, ok: Boolean(ok) });
	log(
		`${ok ? 'PASS' : 'FAIL'} ${name}${!ok && detail ? `: ${String(detail).slice(0, 2500)}` : ''}`,
	);
	return Boolean(ok);
}

async function timed(key, fn) {
	const t0 = Date.now();
	try {
		return await fn();
	} finally {
		timings[key] = +((Date.now() - t0) / 1000).toFixed(1);
	}
}

/** `n8n-node build` (unless --skip-build), then `npm pack` into `dir`: the tarball path. */
const buildAndPack = (dir) => buildAndPackRepo(root, dir, { build: !argv.has('--skip-build') });

const calls = (sb, provider) => sb.requestsFor(provider).map((r) => `${r.method} ${r.path}`);
const bodyText = (r) => (r.body === undefined ? String(r.rawBody || '') : JSON.stringify(r.body));

/** What each example must produce, and what the sandbox must have received. */
const EXPECT = {
	kgnExGladlyToNutsh: {
		node: 'Log Nutshell activity',
		items: (items) => items.length === 1 && Boolean(items[0].id),
		sandbox: (sb) => {
			const gladly = calls(sb, 'gladly');
			const post = sb
				.requestsFor('nutshell')
				.find((r) => r.method === 'POST' && r.path === '/rest/activities');
			const lookup = sb
				.requestsFor('nutshell')
				.find((r) => r.method === 'GET' && r.path === '/rest/contacts');
			return {
				ok:
					gladly.includes(`GET /api/v1/customer-profiles/${demo.DEMO.gladlyCustomerId}`) &&
					lookup &&
					lookup.query.email === demo.DEMO.email &&
					post &&
					bodyText(post).includes(demo.DEMO.nutshellContactId),
				detail: `gladly: ${gladly.join(', ')}; nutshell: ${calls(sb, 'nutshell').join(', ')}; activity body: ${post ? bodyText(post) : '-'}`,
			};
		},
	},
	kgnExKustToNutshell: {
		node: 'Upsert Nutshell person',
		items: (items) => items.length === 3 && items.every((i) => i.id),
		sandbox: (sb) => {
			const nutshell = sb.requestsFor('nutshell');
			const writes = nutshell.filter(
				(r) =>
					(r.method === 'POST' && r.path === '/rest/contacts') ||
					(r.method === 'PATCH' && /^\/rest\/contacts\//.test(r.path)),
			);
			const anaUpdated = writes.some(
				(r) => r.method === 'PATCH' && r.path.includes(demo.DEMO.nutshellContactId.split('-')[0]),
			);
			return {
				ok: calls(sb, 'kustomer').length > 0 && writes.length === 3 && anaUpdated,
				detail: `kustomer: ${calls(sb, 'kustomer').join(', ')}; nutshell: ${calls(sb, 'nutshell').join(', ')}`,
			};
		},
	},
	kgnExNutshToKustNote: {
		node: 'Add note',
		items: (items) => items.length === 1 && Boolean(items[0].id),
		sandbox: (sb) => {
			const kustomer = sb.requestsFor('kustomer');
			const note = kustomer.find((r) => r.method === 'POST' && /notes$/.test(r.path));
			const conversation = kustomer.find(
				(r) => r.method === 'POST' && /\/conversations$/.test(r.path),
			);
			// No If node: the won lead is read once and goes straight on (the trigger's Lead Won event filters).
			const leadReads = calls(sb, 'nutshell').filter(
				(call) => call === `GET /rest/leads/${demo.DEMO.nutshellLeadId}`,
			);
			return {
				ok: Boolean(
					note &&
					conversation &&
					bodyText(note).includes(demo.DEMO.leadName) &&
					leadReads.length === 1,
				),
				detail: `kustomer: ${calls(sb, 'kustomer').join(', ')}; nutshell: ${calls(sb, 'nutshell').join(', ')}; note: ${note ? bodyText(note) : '-'}`,
			};
		},
	},
	kgnExGladlyLookup01: {
		node: 'Build Response',
		items: (items) => {
			const [result] = (items.length === 1 && items[0].results) || [];
			return Boolean(
				result &&
				items[0].results.length === 1 &&
				result.externalCustomerId === demo.DEMO.nutshellContactId &&
				result.emails.some((e) => e.original === demo.DEMO.email) &&
				result.transactions.length === 1 &&
				result.transactions[0].type === 'ORDER' &&
				result.transactions[0].note === demo.DEMO.openLeadName &&
				result.customAttributes.nutshellOpenLeads === '1',
			);
		},
		sandbox: (sb) => {
			const leads = sb
				.requestsFor('nutshell')
				.find((r) => r.method === 'GET' && r.path === '/rest/leads');
			const person = sb
				.requestsFor('nutshell')
				.find((r) => r.method === 'GET' && r.path === '/rest/contacts');
			return {
				ok: Boolean(
					person &&
					person.query.email === demo.DEMO.email &&
					leads &&
					leads.query['filter[contacts]'] === demo.DEMO.nutshellContactId &&
					leads.query['filter[status]'] === 'open',
				),
				detail: `nutshell: ${sb
					.requestsFor('nutshell')
					.map((r) => `${r.method} ${r.path} ${JSON.stringify(r.query)}`)
					.join(', ')}`,
			};
		},
	},
	kgnExGladlyReport01: {
		node: 'Run Gladly report',
		items: (items) =>
			items.length === 2 && items.every((i) => typeof i === 'object' && Object.keys(i).length >= 3),
		sandbox: (sb) => {
			const post = sb
				.requestsFor('gladly')
				.find((r) => r.method === 'POST' && r.path === '/api/v1/reports');
			return {
				ok: Boolean(
					post &&
					post.body &&
					post.body.metricSet === 'ContactSummaryReport' &&
					/^\d{4}-\d\d-\d\d$/.test(post.body.startAt),
				),
				detail: `gladly: ${calls(sb, 'gladly').join(', ')}; body ${post ? bodyText(post) : '-'}`,
			};
		},
	},
};

/** Reset the sandbox to the demo state (records seeded, log empty). */
function resetSandbox(sb) {
	sb.reset();
	demo.seedSandbox(sb);
	sb.clearRequests();
}

async function executeExamples(label, inst, sb, examples, { env } = {}) {
	for (const { file, workflow } of examples) {
		const spec = EXPECT[workflow.id];
		if (!spec) {
			check(`${label}: ${file} has expectations in e2e.js`, false);
			continue;
		}
		resetSandbox(sb);
		const runResult = await timed(`${label}.execute.${workflow.id}`, () =>
			inst.execute(workflow.id, { env }),
		);
		const errDetail = runResult.error
			? `${runResult.error.message || ''} (node ${runResult.error.node?.name || '?'}) ${runResult.error.description || ''}`
			: `exit ${runResult.code}${runResult.signal ? ` ${runResult.signal}` : ''}: ${runResult.stderr.slice(-1500)}${runResult.stdout.slice(-800)}`;
		if (!check(`${label}: execute ${file}`, runResult.ok, errDetail)) continue;
		const items = nodeOutput(runResult.data, spec.node) || [];
		check(
			`${label}: ${file}: '${spec.node}' output`,
			spec.items(items),
			JSON.stringify(items).slice(0, 1500),
		);
		const seen = spec.sandbox(sb);
		check(`${label}: ${file}: the sandbox received the expected requests`, seen.ok, seen.detail);
	}
}

// ---------------------------------------------------------------------------------------------
// Credential tests through n8n's own tester (REST)
// ---------------------------------------------------------------------------------------------

const WRONG = {
	kustomerApi: { field: 'apiKey', value: 'wrong-key', message: /Invalid or expired API key/ },
	gladlyApi: { field: 'apiToken', value: 'wrong-token', message: /Wrong agent email or API token/ },
	nutshellApi: { field: 'apiKey', value: 'wrong-key', message: /Nutshell refused the credentials/ },
};
const HOSTILE_BASE_URLS = [
	'https://evil.example.com',
	'http://evil.com#',
	'http://127.0.0.1.evil.com',
	'http://127.0.0.1:5678',
	'https://localhost',
	'https://[::1]',
	'https://10.0.0.1',
];

async function credentialTests(label, main, cookie, sb, creds) {
	// Credentials for requests the apps send to n8n (the Gladly Lookup Adaptor) reach no sandbox: covered by test/e2e/lookup.e2e.js.
	for (const cred of creds.filter((c) => WRONG[c.type])) {
		sb.clearRequests();
		const provider = cred.type.replace(/Api$/, '');
		const stored = await testStoredCredential(main.baseUrl, cookie, cred.id);
		check(
			`${label}: ${cred.type}: n8n's credential test of the imported demo credential -> OK`,
			stored.status === 'OK',
			JSON.stringify(stored),
		);
		check(
			`${label}: ${cred.type}: the test request reached the ${provider} sandbox`,
			sb.requestsFor(provider).length >= 1,
			calls(sb, provider).join(', '),
		);

		const wrong = WRONG[cred.type];
		const bad = await testCredential(main.baseUrl, cookie, {
			id: '',
			name: 'wrong',
			type: cred.type,
			data: { ...cred.data, [wrong.field]: wrong.value },
		});
		check(
			`${label}: ${cred.type}: wrong key -> Error with the mapped message`,
			bad.status === 'Error' && wrong.message.test(bad.message || ''),
			JSON.stringify(bad),
		);

		for (const baseUrl of HOSTILE_BASE_URLS) {
			sb.clearRequests();
			const data = {
				...cred.data,
				baseUrl,
				...(cred.type === 'kustomerApi' ? { region: 'custom' } : {}),
			};
			const hostile = await testCredential(main.baseUrl, cookie, {
				id: '',
				name: 'hostile',
				type: cred.type,
				data,
			});
			const sent = sb.requests.length;
			check(
				`${label}: ${cred.type}: base URL ${baseUrl} -> refused, nothing sent`,
				hostile.status === 'Error' && sent === 0,
				`${JSON.stringify(hostile)}; sandbox requests: ${sent}`,
			);
		}
	}
}

// ---------------------------------------------------------------------------------------------
// Gladly webhook trigger: registration at activation, signed delivery
// ---------------------------------------------------------------------------------------------

/** Wait until the Gladly sandbox holds an enabled webhook for an n8n URL; resolves it (with its headers). */
async function waitForGladlyWebhook(sb, timeoutMs = 60000) {
	const t0 = Date.now();
	while (Date.now() - t0 < timeoutMs) {
		const hook = [...sb.provider('gladly').state.webhooks.values()].find(
			(w) => w.enabled && /\/webhook\//.test(w.url),
		);
		if (hook) return hook;
		await sleep(250);
	}
	throw new Error(
		`no Gladly webhook registered after ${timeoutMs} ms; gladly requests: ${calls(sb, 'gladly').join(', ')}`,
	);
}

/** POST a CONVERSATION/CLOSED delivery to the registered webhook, as Gladly does (its custom headers included). */
async function deliverGladlyEvent(hook, { withSecret = true } = {}) {
	const headers = { 'content-type': 'application/json', ...(withSecret ? hook.headers || {} : {}) };
	const body = {
		id: crypto.randomUUID(),
		type: 'CONVERSATION/CLOSED',
		timestamp: new Date().toISOString(),
		initiator: { id: 'agent-ada', type: 'AGENT' },
		content: {
			customerId: demo.DEMO.gladlyCustomerId,
			conversationId: demo.DEMO.gladlyConversationId,
		},
	};
	const res = await fetch(hook.url, {
		method: 'POST',
		headers,
		body: JSON.stringify(body),
		signal: AbortSignal.timeout(60000),
	});
	return { status: res.status, body: await res.text() };
}

async function waitFor(fn, timeoutMs, what) {
	const t0 = Date.now();
	while (Date.now() - t0 < timeoutMs) {
		const v = await fn();
		if (v) return v;
		await sleep(250);
	}
	throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}

const activityPosted = (sb) =>
	sb.requestsFor('nutshell').find((r) => r.method === 'POST' && r.path === '/rest/activities');

/** Test-only workflow: Kustomer Trigger (signed outbound webhook) -> Nutshell person upsert. */
const KUSTOMER_HOOK_WF = {
	id: 'kgnE2eKustomerHook',
	name: 'e2e: Kustomer customer updated -> Nutshell person',
	active: false,
	settings: { executionOrder: 'v1' },
	nodes: [
		{
			id: 'a0000001-4e2e-4000-8000-000000000001',
			name: 'Kustomer Trigger',
			type: `${demo.PACKAGE}.kustomerTrigger`,
			typeVersion: 1,
			position: [0, 0],
			webhookId: '6f1c2a4e-0b7d-4c39-9a51-e2e0000000a1',
			parameters: { events: ['kustomer.customer.update'] },
			credentials: {
				kustomerApi: { id: demo.CREDENTIAL_IDS.kustomer, name: demo.CREDENTIAL_NAMES.kustomer },
			},
		},
		{
			id: 'a0000001-4e2e-4000-8000-000000000002',
			name: 'Upsert Nutshell person',
			type: `${demo.PACKAGE}.nutshell`,
			typeVersion: 1,
			position: [220, 0],
			parameters: {
				resource: 'person',
				operation: 'upsert',
				email: '={{ $json.object.emails[0].email }}',
				name: '={{ $json.object.name }}',
				additionalFields: {},
				options: {},
			},
			credentials: {
				nutshellApi: { id: demo.CREDENTIAL_IDS.nutshell, name: demo.CREDENTIAL_NAMES.nutshell },
			},
		},
	],
	connections: {
		'Kustomer Trigger': { main: [[{ node: 'Upsert Nutshell person', type: 'main', index: 0 }]] },
	},
};

async function activate(main, cookie, id) {
	const wf = await rest(main.baseUrl, 'GET', `/rest/workflows/${id}`, { cookie });
	if (wf.status !== 200)
		throw new Error(`GET /rest/workflows/${id} -> ${wf.status} ${wf.body.slice(0, 500)}`);
	return rest(main.baseUrl, 'POST', `/rest/workflows/${id}/activate`, {
		cookie,
		body: { versionId: wf.data.versionId },
	});
}

async function kustomerTriggerInRunningN8n(label, main, cookie, sb) {
	resetSandbox(sb);
	const hooks = sb.provider('kustomer').outboundWebhooks;
	const act = await activate(main, cookie, KUSTOMER_HOOK_WF.id);
	check(
		`${label}: activate a Kustomer Trigger workflow over REST`,
		act.status === 200,
		`${act.status} ${act.body.slice(0, 800)}`,
	);
	const hook = await waitFor(
		() => [...hooks.hooks.values()][0],
		30000,
		'the Kustomer outbound webhook',
	).catch((e) => e);
	if (
		!check(
			`${label}: activation created a Kustomer outbound webhook for kustomer.customer.update`,
			!(hook instanceof Error) &&
				hook.events.join() === 'kustomer.customer.update' &&
				/\/webhook\//.test(hook.url),
			hook instanceof Error ? hook.message : JSON.stringify(hook),
		)
	)
		return;
	const customer = sb.provider('kustomer').all('customer')[0];
	const payload = {
		id: crypto.randomUUID(),
		name: 'kustomer.customer.update',
		createdAt: new Date().toISOString(),
		data: { type: 'customer', id: customer.id, attributes: { ...customer.attributes } },
		changes: { attributes: { name: { before: 'Ana', after: customer.attributes.name } } },
	};
	const forged = await hooks.deliver(hook.id, payload, { signature: 'deadbeef' });
	await sleep(1000);
	const early = sb.requestsFor('nutshell').length;
	check(
		`${label}: a Kustomer delivery with a wrong signature -> 401, nothing runs`,
		forged.status === 401 && early === 0,
		`${forged.status} ${forged.body}; nutshell requests ${early}`,
	);
	const res = await hooks.deliver(hook.id, payload);
	check(
		`${label}: a signed Kustomer delivery -> 200`,
		res.status === 200,
		`${res.status} ${res.body}`,
	);
	const upsert = await waitFor(
		() =>
			sb
				.requestsFor('nutshell')
				.find((r) => r.method === 'PATCH' && r.path.startsWith('/rest/contacts/')),
		60000,
		'the Nutshell upsert',
	).catch((e) => e);
	check(
		`${label}: the Kustomer-triggered run updated the Nutshell person`,
		!(upsert instanceof Error),
		upsert instanceof Error
			? `${upsert.message}; nutshell: ${calls(sb, 'nutshell').join(', ')}`
			: '',
	);
	const nutshellCalls = () => sb.requestsFor('nutshell').length;
	await sleep(2000);
	const beforeReplay = nutshellCalls();
	const replay = await hooks.deliver(hook.id, payload);
	await sleep(3000);
	// n8n does not save the static data a webhook trigger writes while answering a delivery that starts
	// an execution; the trigger's own per-process copy of the delivery ids must refuse the replay.
	check(
		`${label}: the same Kustomer delivery again (a replay inside the window) -> 200, nothing runs`,
		replay.status === 200 && nutshellCalls() === beforeReplay,
		`${replay.status} ${replay.body}; nutshell requests ${beforeReplay} -> ${nutshellCalls()}`,
	);
	const deact = await rest(
		main.baseUrl,
		'POST',
		`/rest/workflows/${KUSTOMER_HOOK_WF.id}/deactivate`,
		{ cookie, body: {} },
	);
	const gone = await waitFor(() => hooks.hooks.size === 0, 30000, 'webhook removal').catch(
		(e) => e,
	);
	check(
		`${label}: deactivation deleted the Kustomer outbound webhook`,
		deact.status === 200 && gone === true,
		`${deact.status}; webhooks left ${hooks.hooks.size}`,
	);
}

async function triggerInRunningN8n(label, main, cookie, sb) {
	resetSandbox(sb);
	const id = 'kgnExGladlyToNutsh';
	const wf = await rest(main.baseUrl, 'GET', `/rest/workflows/${id}`, { cookie });
	if (wf.status !== 200)
		throw new Error(`GET /rest/workflows/${id} -> ${wf.status} ${wf.body.slice(0, 500)}`);
	const act = await timed(`${label}.activate`, () =>
		rest(main.baseUrl, 'POST', `/rest/workflows/${id}/activate`, {
			cookie,
			body: { versionId: wf.data.versionId },
		}),
	);
	check(
		`${label}: activate the Gladly example over REST in the running n8n`,
		act.status === 200 && act.data && (act.data.active === true || act.data.activeVersionId),
		`${act.status} ${act.body.slice(0, 800)}`,
	);
	const hook = await waitForGladlyWebhook(sb).catch((e) => e);
	if (
		!check(
			`${label}: activation registered a Gladly webhook (https-or-loopback URL, secret header, CONVERSATION/CLOSED)`,
			!(hook instanceof Error) &&
				hook.events.includes('CONVERSATION/CLOSED') &&
				Object.keys(hook.headers || {}).length === 1,
			hook instanceof Error ? hook.message : JSON.stringify(hook),
		)
	)
		return;
	check(
		`${label}: Gladly's PING during registration was answered`,
		sb.provider('gladly').state.pings.includes(hook.url),
		JSON.stringify(sb.provider('gladly').state.pings),
	);

	const unsigned = await deliverGladlyEvent(hook, { withSecret: false });
	check(
		`${label}: a delivery without the secret header -> 401, nothing runs`,
		unsigned.status === 401 && !activityPosted(sb),
		`${unsigned.status} ${unsigned.body}`,
	);

	const res = await timed(`${label}.webhookDelivery`, () => deliverGladlyEvent(hook));
	check(`${label}: Gladly delivery -> 200`, res.status === 200, `${res.status} ${res.body}`);
	const posted = await waitFor(() => activityPosted(sb), 60000, 'the Nutshell activity').catch(
		(e) => e,
	);
	check(
		`${label}: the triggered run logged the Nutshell activity on the person`,
		!(posted instanceof Error) && bodyText(posted).includes(demo.DEMO.nutshellContactId),
		posted instanceof Error ? posted.message : bodyText(posted),
	);
	const execs = await waitFor(
		async () => {
			const r = await rest(
				main.baseUrl,
				'GET',
				`/rest/executions?filter=${encodeURIComponent(JSON.stringify({ workflowId: id }))}`,
				{ cookie },
			);
			const list = (r.data && r.data.results) || [];
			return list.find((e) => e.status === 'success' && e.mode === 'webhook');
		},
		30000,
		'a successful webhook execution',
	).catch((e) => e);
	check(
		`${label}: n8n lists a successful webhook execution of the workflow`,
		!(execs instanceof Error),
		execs.message,
	);

	const deact = await rest(main.baseUrl, 'POST', `/rest/workflows/${id}/deactivate`, {
		cookie,
		body: {},
	});
	const gone = await waitFor(
		() => sb.provider('gladly').state.webhooks.size === 0,
		30000,
		'webhook removal',
	).catch((e) => e);
	check(
		`${label}: deactivation removed the Gladly webhook`,
		deact.status === 200 && gone === true,
		`${deact.status} ${deact.body.slice(0, 300)}; webhooks left ${sb.provider('gladly').state.webhooks.size}`,
	);
}

// ---------------------------------------------------------------------------------------------
// Scenarios
// ---------------------------------------------------------------------------------------------

async function scenarioMain(n8n, tarball, sb, examples) {
	const label = `n8n ${n8n.version}`;
	const inst = await createInstance({ n8n, log: makeLogger(label) });
	let ok = true;
	const mark = (v) => (ok = v && ok);
	try {
		await timed('main.installPackage', () => inst.installPackage(tarball));
		const installed = path.join(inst.nodesDir, 'node_modules', demo.PACKAGE, 'package.json');
		mark(
			check(
				`${label}: installed as a community package (.n8n/nodes/node_modules/${demo.PACKAGE})`,
				fs.existsSync(installed),
			),
		);
		const creds = demo.demoCredentials(sb.urls());
		await timed('main.importCredentials', () => inst.importCredentials(creds));
		await timed('main.importWorkflows', () =>
			inst.importWorkflow([...examples.map((e) => e.workflow), KUSTOMER_HOOK_WF]),
		);
		const before = results.length;
		await executeExamples(label, inst, sb, examples);
		mark(results.slice(before).every((r) => r.ok));

		if (!argv.has('--skip-rest')) {
			const main = await timed('main.start', () => inst.start());
			const { cookie } = await setupOwnerAndLogin(main.baseUrl);
			const loaded = await rest(main.baseUrl, 'GET', '/types/nodes.json', { cookie });
			const names = Array.isArray(loaded.json) ? loaded.json.map((t) => t.name) : [];
			// n8n adds an AI-tool variant (<node>Tool) of each action node that is usableAsTool.
			const ours = names.filter((n) => n.startsWith(`${demo.PACKAGE}.`) && !/Tool$/.test(n));
			const expected = require(path.join(root, 'package.json')).n8n.nodes.length;
			mark(
				check(
					`${label}: the editor lists our ${expected} node types as ${demo.PACKAGE}.<node>`,
					ours.length === expected,
					ours.join(', ') || loaded.body.slice(0, 300),
				),
			);
			const b = results.length;
			await timed('main.credentialTests', () => credentialTests(label, main, cookie, sb, creds));
			await timed('main.trigger', () => triggerInRunningN8n(label, main, cookie, sb));
			await timed('main.kustomerTrigger', () =>
				kustomerTriggerInRunningN8n(label, main, cookie, sb),
			);
			mark(results.slice(b).every((r) => r.ok));
			await inst.stop();
		}
	} catch (e) {
		mark(check(`${label}: no unexpected error`, false, e.stack || String(e)));
	} finally {
		await inst.cleanup({ keep: keep || !ok });
	}
}

async function scenarioQueue(n8n, tarball, sb, examples) {
	const label = `queue ${n8n.version}`;
	const redis = await timed('queue.startRedis', () => startRedis());
	const inst = await createInstance({ n8n, queue: redis, log: makeLogger(label) });
	let ok = true;
	const mark = (v) => (ok = v && ok);
	try {
		resetSandbox(sb);
		await inst.installPackage(tarball);
		await inst.importCredentials(demo.demoCredentials(sb.urls()));
		await inst.importWorkflow(examples.map((e) => e.workflow));
		await timed('queue.publish', () => inst.publishWorkflow('kgnExGladlyToNutsh'));
		const main = await timed('queue.startMain', () => inst.start());
		const worker = await timed('queue.startWorker', () => inst.startWorker());
		const hook = await waitForGladlyWebhook(sb).catch((e) => e);
		if (
			!mark(
				check(
					`${label}: main registered the Gladly webhook at startup`,
					!(hook instanceof Error),
					hook.message,
				),
			)
		)
			return;
		sb.clearRequests();
		const res = await timed('queue.webhookDelivery', () => deliverGladlyEvent(hook));
		mark(
			check(`${label}: Gladly delivery -> 200`, res.status === 200, `${res.status} ${res.body}`),
		);
		const m = await worker.waitForLog(/Worker finished execution (\d+)/, 60000).catch((e) => e);
		mark(
			check(`${label}: worker log shows "Worker finished execution"`, Array.isArray(m), m.message),
		);
		const enqueued = /Enqueued execution (\d+)/.exec(main.output);
		mark(
			check(
				`${label}: main enqueued that same execution ("Enqueued execution ${enqueued ? enqueued[1] : '?'}")`,
				enqueued && Array.isArray(m) && enqueued[1] === m[1],
				`main: ${enqueued && enqueued[0]}; worker: ${Array.isArray(m) ? m[0] : '-'}; ${main.logFile}`,
			),
		);
		const posted = await waitFor(() => activityPosted(sb), 30000, 'the Nutshell activity').catch(
			(e) => e,
		);
		mark(
			check(
				`${label}: the worker's run logged the Nutshell activity (sandbox received it)`,
				!(posted instanceof Error) && bodyText(posted).includes(demo.DEMO.nutshellContactId),
				posted instanceof Error ? posted.message : bodyText(posted),
			),
		);
		mark(
			check(
				`${label}: the worker fetched the Gladly customer (the run happened there)`,
				calls(sb, 'gladly').includes(`GET /api/v1/customer-profiles/${demo.DEMO.gladlyCustomerId}`),
				calls(sb, 'gladly').join(', '),
			),
		);
		await inst.stop();
	} catch (e) {
		mark(check(`${label}: no unexpected error`, false, e.stack || String(e)));
	} finally {
		await inst.cleanup({ keep: keep || !ok });
		await redis.stop();
	}
}

async function scenarioOldest(tarball, sb, examples) {
	const major = parseInt(process.versions.node, 10);
	if (major < 20 || major > 24) {
		log(`skip 2.8.4: it runs on Node 20.19-24.x, this is ${process.version}`);
		return;
	}
	const n8n = await timed('ensureN8n_2.8.4', () => ensureN8n({ version: '2.8.4' }));
	timings['ensureN8n_2.8.4.cached'] = n8n.cached;
	const label = `n8n ${n8n.version} (Node ${n8n.nodeVersion})`;
	const inst = await createInstance({ n8n, log: makeLogger('n8n 2.8.4') });
	let ok = true;
	try {
		await inst.installPackage(tarball);
		await inst.importCredentials(demo.demoCredentials(sb.urls()));
		await inst.importWorkflow(examples.map((e) => e.workflow));
		const before = results.length;
		await executeExamples(label, inst, sb, examples);
		ok = results.slice(before).every((r) => r.ok);
	} catch (e) {
		ok = check(`${label}: no unexpected error`, false, e.stack || String(e));
	} finally {
		await inst.cleanup({ keep: keep || !ok });
	}
}

async function main() {
	const t0 = Date.now();
	const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kgn-e2e-'));
	const sb = await startSandbox({ rateLimits: false });
	try {
		const examples = demo.loadExamples();
		check(
			`examples/: ${examples.length} workflows, each with a Manual Trigger and a real trigger`,
			examples.length >= 4 &&
				examples.every(
					({ workflow }) =>
						workflow.nodes.some((n) => n.type === 'n8n-nodes-base.manualTrigger') &&
						workflow.nodes.filter((n) => /Trigger$|trigger$/i.test(n.type)).length >= 2,
				),
		);
		const tarball = await timed('buildAndPack', () => buildAndPack(tmp));
		log(`package ${path.basename(tarball)}`);
		const n8n = await timed('ensureN8n_2.41.1', () => ensureN8n({ version: '2.41.1' }));
		timings['ensureN8n_2.41.1.cached'] = n8n.cached;
		await timed('scenario.main', () => scenarioMain(n8n, tarball, sb, examples));
		if (!argv.has('--skip-queue'))
			await timed('scenario.queue', () => scenarioQueue(n8n, tarball, sb, examples));
		if (!skip284) await timed('scenario.2.8.4', () => scenarioOldest(tarball, sb, examples));
	} catch (e) {
		check('no unexpected error', false, e.stack || String(e));
	} finally {
		await sb.close();
		rmrf(tmp);
	}
	timings.total = +((Date.now() - t0) / 1000).toFixed(1);
	process.stdout.write(`\ntimings (s): ${JSON.stringify(timings)}\n`);
	const failedNames = results.filter((r) => !r.ok).map((r) => `  FAIL ${r.name}`);
	if (failedNames.length) process.stdout.write(`${failedNames.join('\n')}\n`);
	const passed = results.filter((r) => r.ok).length;
	const failed = results.length - passed;
	process.stdout.write(`${passed} passed, ${failed} failed\n`);
	process.exit(failed ? 1 : 0);
}

main().catch((e) => {
	process.stderr.write(`${e.stack || e}\n`);
	process.stdout.write('0 passed, 1 failed\n');
	process.exit(1);
});
