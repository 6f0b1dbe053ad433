#!/usr/bin/env node
'use strict';
/**
 * Gladly Lookup Adaptor end to end, in REAL n8n 2.41.1: the lookup example published, `n8n start`,
 * a client that signs like Gladly sends the three lookups (auto-link, basic search, detailed) to the
 * production webhook URL and gets Gladly-shaped answers from the sandbox's Nutshell data; forged,
 * stale and unsigned requests get 401 and no execution is recorded. Then the same in queue mode with a
 * separate `n8n worker`.
 *
 *   node test/e2e/lookup.e2e.js [--keep] [--skip-build] [--skip-queue]
 *
 * Ends with "N passed, N failed"; exit 1 on any failure.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');

const root = path.resolve(__dirname, '..', '..');
const { ensureN8n } = require(path.join(root, 'scripts', 'n8n', 'install'));
const { rest, setupOwnerAndLogin } = require(path.join(root, 'scripts', 'n8n', 'instance'));
const { makeLogger, rmrf, sleep } = require(path.join(root, 'scripts', 'n8n', 'util'));
const { startSandbox } = require(path.join(root, 'test', 'sandbox'));
const { gladlyTime, lookupBodies } = require(path.join(root, 'test', 'harness', 'gladly-sign'));
const demo = require('./demo');
const { buildAndPack, sendLookup, startLookupN8n } = require('./lookup-instance');

const argv = new Set(process.argv.slice(2));
const keep = argv.has('--keep');
const log = makeLogger('lookup-e2e');
const results = [];

function check(name, ok, detail = '') {
	results.push({ name, ok: Boolean(ok) });
	log(
		`${ok ? 'PASS' : 'FAIL'} ${name}${!ok && detail ? `: ${String(detail).slice(0, 2500)}` : ''}`,
	);
	return Boolean(ok);
}

const { DEMO } = demo;

/** The answer Gladly must get for Ana: her Nutshell person, her one open lead as an ORDER card. */
function isAnasAnswer(json) {
	const results = json && json.results;
	if (!Array.isArray(results) || results.length !== 1 || Object.keys(json).length !== 1)
		return false;
	const [r] = results;
	return (
		r.externalCustomerId === DEMO.nutshellContactId &&
		r.name === DEMO.name &&
		Array.isArray(r.emails) &&
		r.emails.some((e) => e.original === DEMO.email) &&
		Array.isArray(r.transactions) &&
		r.transactions.length === 1 &&
		r.transactions[0].type === 'ORDER' &&
		r.transactions[0].note === DEMO.openLeadName &&
		r.transactions[0].orderTotal === `${Number(DEMO.openLeadAmount).toFixed(2)} USD` &&
		r.customAttributes.nutshellOpenLeads === '1' &&
		r.customAttributes.nutshellOpenLeadsValue === Number(DEMO.openLeadAmount).toFixed(2)
	);
}

async function executionsOf(baseUrl, cookie, workflowId) {
	const r = await rest(
		baseUrl,
		'GET',
		`/rest/executions?filter=${encodeURIComponent(JSON.stringify({ workflowId }))}`,
		{ cookie },
	);
	return (r.data && r.data.results) || [];
}

async function lookups(label, setup, sb, { queue }) {
	const { url, main, worker, workflow } = setup;
	const { cookie } = await setupOwnerAndLogin(main.baseUrl);

	const kinds = [
		['auto-link (BASIC, profile emails)', lookupBodies.autoLink(DEMO.email, DEMO.name)],
		['basic search (BASIC, the configured email attribute)', lookupBodies.basicSearch(DEMO.email)],
		[
			'detailed lookup (DETAILED, externalCustomerId)',
			lookupBodies.detailed(DEMO.nutshellContactId, DEMO.email, DEMO.name),
		],
	];
	for (const [name, body] of kinds) {
		sb.clearRequests();
		const res = await sendLookup(url, body);
		check(
			`${label}: ${name} -> 200 with Ana's Nutshell person and open lead (${Math.round(res.ms)} ms)`,
			res.status === 200 && isAnasAnswer(res.json),
			`${res.status} ${res.text.slice(0, 1500)}`,
		);
		const nutshell = sb.requestsFor('nutshell').map((r) => `${r.method} ${r.path}`);
		check(
			`${label}: ${name}: the sandbox got the person and lead searches`,
			nutshell.includes('GET /rest/contacts') && nutshell.includes('GET /rest/leads'),
			nutshell.join(', '),
		);
	}

	const unknown = await sendLookup(url, lookupBodies.basicSearch('nobody@example.com'));
	check(
		`${label}: a search nobody matches -> 200 {"results": []}`,
		unknown.status === 200 && JSON.stringify(unknown.json) === '{"results":[]}',
		`${unknown.status} ${unknown.text}`,
	);
	const noEmail = await sendLookup(
		url,
		JSON.stringify({ lookupLevel: 'BASIC', query: { name: 'Ana' }, uniqueMatchRequired: false }),
	);
	check(
		`${label}: a search without an email -> 200 {"results": []} (the example's No Match)`,
		noEmail.status === 200 && JSON.stringify(noEmail.json) === '{"results":[]}',
		`${noEmail.status} ${noEmail.text}`,
	);

	const before = await waitForCount(main.baseUrl, cookie, workflow.id, 5);
	const enqueuedBefore = (main.output.match(/Enqueued execution/g) || []).length;
	sb.clearRequests();
	const body = lookupBodies.detailed(DEMO.nutshellContactId, DEMO.email, DEMO.name);
	const forged = [
		['signed with another key', await sendLookup(url, body, { key: 'not-the-signing-key-0000' })],
		[
			'with a stale Gladly-Time (10 minutes old)',
			await sendLookup(url, body, { time: gladlyTime(Date.now() - 10 * 60_000) }),
		],
		[
			'without Gladly-Authorization',
			await sendLookup(url, body, { headers: { 'gladly-authorization': '' } }),
		],
	];
	// A signed request whose body was changed in transit.
	const tampered = await (async () => {
		const { signedHeaders } = require(path.join(root, 'test', 'harness', 'gladly-sign'));
		const headers = signedHeaders(demo.LOOKUP_SIGNING_KEY, { url, body });
		const res = await fetch(url, {
			method: 'POST',
			headers,
			body: body.replace(DEMO.nutshellContactId, '999-contacts'),
		});
		return { status: res.status, text: await res.text() };
	})();
	forged.push(['with its body altered after signing', tampered]);
	for (const [name, res] of forged)
		check(`${label}: a request ${name} -> 401`, res.status === 401, `${res.status} ${res.text}`);
	await sleep(1500);
	const after = await executionsOf(main.baseUrl, cookie, workflow.id);
	// By id: n8n's list can show an execution twice while it moves from running to finished.
	const known = new Set(before.map((e) => String(e.id)));
	const fresh = after.filter((e) => !known.has(String(e.id)));
	check(
		`${label}: the refused requests started no execution (${known.size} recorded before, ${fresh.length} new after)`,
		fresh.length === 0,
		after.map((e) => `${e.id} ${e.status}`).join(', '),
	);
	check(
		`${label}: and reached no Nutshell`,
		sb.requestsFor('nutshell').length === 0,
		sb
			.requestsFor('nutshell')
			.map((r) => r.path)
			.join(', '),
	);
	check(
		`${label}: every recorded execution is a successful webhook run`,
		after.length === 5 && after.every((e) => e.status === 'success' && e.mode === 'webhook'),
		after.map((e) => `${e.id} ${e.mode} ${e.status}`).join(', '),
	);
	if (queue) {
		const finished = (worker.output.match(/Worker finished execution/g) || []).length;
		check(
			`${label}: the worker ran the 5 lookups ("Worker finished execution" x${finished})`,
			finished >= 5,
			worker.logFile,
		);
		const enqueuedAfter = (main.output.match(/Enqueued execution/g) || []).length;
		check(
			`${label}: main enqueued nothing for the refused requests`,
			enqueuedAfter === enqueuedBefore,
			`${enqueuedBefore} -> ${enqueuedAfter}`,
		);
	}
}

async function waitForCount(baseUrl, cookie, workflowId, count, timeoutMs = 30000) {
	const t0 = Date.now();
	let list = [];
	while (Date.now() - t0 < timeoutMs) {
		list = await executionsOf(baseUrl, cookie, workflowId);
		if (new Set(list.map((e) => String(e.id))).size >= count) return list;
		await sleep(250);
	}
	return list;
}

async function scenario(label, n8n, tarball, sb, { queue }) {
	let setup;
	let ok = false;
	try {
		sb.reset();
		demo.seedSandbox(sb);
		setup = await startLookupN8n({ n8n, tarball, sb, queue, log: makeLogger(label) });
		const before = results.length;
		await lookups(label, setup, sb, { queue });
		ok = results.slice(before).every((r) => r.ok);
	} catch (e) {
		check(`${label}: no unexpected error`, false, e.stack || String(e));
	} finally {
		if (setup) await setup.stop({ keep: keep || !ok });
	}
}

async function main() {
	const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kgn-lookup-e2e-'));
	const sb = await startSandbox({ rateLimits: false });
	try {
		const tarball = await buildAndPack(tmp, { skipBuild: argv.has('--skip-build') });
		const n8n = await ensureN8n({ version: '2.41.1' });
		await scenario(`lookup n8n ${n8n.version}`, n8n, tarball, sb, { queue: false });
		if (!argv.has('--skip-queue'))
			await scenario(`lookup queue ${n8n.version}`, n8n, tarball, sb, { queue: true });
	} catch (e) {
		check('no unexpected error', false, e.stack || String(e));
	} finally {
		await sb.close();
		rmrf(tmp);
	}
	const passed = results.filter((r) => r.ok).length;
	const failed = results.length - passed;
	const failedNames = results.filter((r) => !r.ok).map((r) => `  FAIL ${r.name}`);
	if (failedNames.length) process.stdout.write(`${failedNames.join('\n')}\n`);
	process.stdout.write(`${passed} passed, ${failed} failed\n`);
	process.exit(failed ? 1 : 0);
}

main().catch((e) => {
	process.stderr.write(`${e.stack || e}\n`);
	process.stdout.write('0 passed, 1 failed\n');
	process.exit(1);
});
