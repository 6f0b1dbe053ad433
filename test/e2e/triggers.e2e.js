#!/usr/bin/env node
'use strict';
/**
 * Triggers in real n8n 2.41.1 in queue mode, with a separate `n8n webhook` process and a worker
 * (Redis): a Kustomer Trigger delivery sent to the webhook process runs on the worker (and a stale
 * one is refused there), and a Kustomer Polling Trigger keeps its cursor across a restart of the
 * main process (nothing emitted twice, nothing lost).
 *
 *   node test/e2e/triggers.e2e.js [--keep] [--skip-build]
 *
 * Ends with "N passed, N failed"; exit 1 on any failure.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');

const root = path.resolve(__dirname, '..', '..');
const { ensureN8n } = require(path.join(root, 'scripts', 'n8n', 'install'));
const { createInstance, startRedis } = require(path.join(root, 'scripts', 'n8n', 'instance'));
const { freePort, makeLogger, rmrf, run, sleep } = require(
	path.join(root, 'scripts', 'n8n', 'util'),
);
const { runNpm } = require(path.join(root, 'scripts', 'n8n', 'node24'));
const { startSandbox } = require(path.join(root, 'test', 'sandbox'));
const demo = require('./demo');

const argv = new Set(process.argv.slice(2));
const log = makeLogger('e2e-triggers');
const results = [];

function check(name, ok, detail = '') {
	results.push({ name, ok: Boolean(ok) });
	log(
		`${ok ? 'PASS' : 'FAIL'} ${name}${!ok && detail ? `: ${String(detail).slice(0, 2500)}` : ''}`,
	);
	return Boolean(ok);
}

async function pack(dir) {
	if (!argv.has('--skip-build')) {
		const r = await run(path.join(root, 'node_modules', '.bin', 'n8n-node'), ['build'], {
			cwd: root,
			timeoutMs: 10 * 60 * 1000,
		});
		if (r.code !== 0)
			throw new Error(`n8n-node build failed:\n${r.stdout.slice(-3000)}${r.stderr.slice(-3000)}`);
	}
	const r = await runNpm(process.execPath, ['pack', '--silent', '--pack-destination', dir], {
		cwd: root,
		check: true,
		timeoutMs: 5 * 60 * 1000,
	});
	return path.join(dir, r.stdout.trim().split('\n').pop());
}

const credential = (app) => ({
	[`${app}Api`]: { id: demo.CREDENTIAL_IDS[app], name: demo.CREDENTIAL_NAMES[app] },
});
const noOp = (name, x) => ({
	id: `b0000001-4e2e-4000-8000-00000000000${x}`,
	name,
	type: 'n8n-nodes-base.noOp',
	typeVersion: 1,
	position: [220, x * 100],
	parameters: {},
});

/** Kustomer Trigger (signed outbound webhook) -> No Op. */
const HOOK_WF = {
	id: 'kgnE2eQueueHook01',
	name: 'e2e queue: Kustomer Trigger',
	active: false,
	settings: { executionOrder: 'v1' },
	nodes: [
		{
			id: 'b0000001-4e2e-4000-8000-000000000001',
			name: 'Kustomer Trigger',
			type: `${demo.PACKAGE}.kustomerTrigger`,
			typeVersion: 1,
			position: [0, 0],
			webhookId: '7a2d3b5f-1c8e-4d4a-8b62-e2e0000000b1',
			parameters: { events: ['kustomer.customer.update'] },
			credentials: credential('kustomer'),
		},
		noOp('Delivered', 2),
	],
	connections: { 'Kustomer Trigger': { main: [[{ node: 'Delivered', type: 'main', index: 0 }]] } },
};

/** Kustomer Polling Trigger (every minute, history from an hour ago) -> No Op. */
const pollWorkflow = (startDate) => ({
	id: 'kgnE2eQueuePoll01',
	name: 'e2e queue: Kustomer Polling Trigger',
	active: false,
	settings: { executionOrder: 'v1' },
	nodes: [
		{
			id: 'b0000001-4e2e-4000-8000-000000000003',
			name: 'Kustomer Polling Trigger',
			type: `${demo.PACKAGE}.kustomerPollingTrigger`,
			typeVersion: 1,
			position: [0, 300],
			parameters: {
				pollTimes: { item: [{ mode: 'everyMinute' }] },
				resource: 'customer',
				event: 'newOrUpdated',
				startDate,
			},
			credentials: credential('kustomer'),
		},
		noOp('Polled', 4),
	],
	connections: {
		'Kustomer Polling Trigger': { main: [[{ node: 'Polled', type: 'main', index: 0 }]] },
	},
});

const finishedOn = (proc) =>
	[...proc.output.matchAll(/Worker finished execution (\d+)/g)].map((m) => m[1]);
const enqueuedOn = (proc) =>
	[...proc.output.matchAll(/Enqueued execution (\d+)/g)].map((m) => m[1]);

async function waitFor(fn, timeoutMs) {
	const t0 = Date.now();
	while (Date.now() - t0 < timeoutMs) {
		const value = fn();
		if (value) return value;
		await sleep(250);
	}
	return undefined;
}

async function scenario(n8n, tarball, sb) {
	const label = `queue ${n8n.version} + n8n webhook`;
	const redis = await startRedis();
	const inst = await createInstance({ n8n, queue: redis, log: makeLogger(label) });
	let ok = true;
	const mark = (value) => (ok = value && ok);
	try {
		const kustomer = sb.provider('kustomer');
		const hooks = kustomer.outboundWebhooks;
		const searches = () =>
			sb.requestsFor('kustomer').filter((r) => r.path === '/v1/customers/search');
		const at = (offsetMs) => new Date(Date.now() + offsetMs).toISOString();
		sb.reset();
		demo.seedSandbox(sb);
		kustomer.insert(
			'customer',
			{ name: 'Polled One', createdAt: at(-600_000), updatedAt: at(-600_000) },
			{},
			'e2epoll01',
		);
		kustomer.insert(
			'customer',
			{ name: 'Polled Two', createdAt: at(-500_000), updatedAt: at(-500_000) },
			{},
			'e2epoll02',
		);
		sb.clearRequests();

		await inst.installPackage(tarball);
		await inst.importCredentials(demo.demoCredentials(sb.urls()));
		await inst.importWorkflow([HOOK_WF, pollWorkflow(at(-3_600_000))]);
		await inst.publishWorkflow(HOOK_WF.id);
		await inst.publishWorkflow('kgnE2eQueuePoll01');

		const hookPort = await freePort();
		const webhookUrl = `http://127.0.0.1:${hookPort}/`;
		const worker = await inst.startWorker();
		const webhookProc = await inst.startWebhook({ port: hookPort });
		let main = await inst.start({ env: { WEBHOOK_URL: webhookUrl, N8N_WEBHOOK_URL: webhookUrl } });

		// --- webhook trigger: delivered to the webhook process, run on the worker
		const hook = await waitFor(
			() => [...hooks.hooks.values()].find((h) => h.url.startsWith(webhookUrl)),
			60_000,
		);
		if (
			mark(
				check(
					`${label}: main registered the Kustomer outbound webhook at the webhook process's URL`,
					hook,
					JSON.stringify([...hooks.hooks.values()].map((h) => h.url)),
				),
			)
		) {
			const delivery = {
				id: 'evt-e2e-1',
				name: 'kustomer.customer.update',
				org: 'org-1',
				data: { type: 'customer', id: 'c-e2e', attributes: { name: 'Queued' } },
				createdAt: new Date().toISOString(),
				changes: null,
			};
			const res = await hooks.deliver(hook.id, delivery);
			mark(
				check(
					`${label}: signed delivery to the webhook process -> 200`,
					res.status === 200,
					JSON.stringify(res),
				),
			);
			const done = await waitFor(
				() => enqueuedOn(webhookProc).find((id) => finishedOn(worker).includes(id)),
				60_000,
			);
			const enqueued = enqueuedOn(webhookProc);
			mark(
				check(
					`${label}: the webhook process enqueued it and the worker finished that execution`,
					done && enqueued.length === 1,
					`webhook process: ${enqueued}; worker: ${finishedOn(worker)}; ${webhookProc.logFile}`,
				),
			);
			mark(
				check(
					`${label}: main did not run it`,
					!enqueuedOn(main).includes(enqueued[0]),
					main.logFile,
				),
			);
			const stale = await hooks.deliver(hook.id, {
				...delivery,
				id: 'evt-e2e-old',
				createdAt: at(-11 * 60_000),
			});
			await sleep(3_000);
			mark(
				check(
					`${label}: a correctly signed delivery 11 minutes old -> 400 at the webhook process, no execution`,
					stale.status === 400 && enqueuedOn(webhookProc).length === 1,
					`stale ${JSON.stringify(stale)}; enqueued ${enqueuedOn(webhookProc)}`,
				),
			);
			// n8n does not save the static data a webhook trigger writes while answering a delivery that
			// starts an execution; the trigger's per-process copy of the delivery ids refuses the replay.
			const replay = await hooks.deliver(hook.id, delivery);
			await sleep(3_000);
			mark(
				check(
					`${label}: the same delivery again inside the window -> 200 at the webhook process, no execution`,
					replay.status === 200 && enqueuedOn(webhookProc).length === 1,
					`replay ${JSON.stringify(replay)}; enqueued ${enqueuedOn(webhookProc)}`,
				),
			);
		}

		// --- polling trigger: first poll emits the two records, then main restarts
		const firstPoll = await waitFor(() => searches().length > 0 && searches(), 90_000);
		mark(check(`${label}: the polling trigger searched on activation`, firstPoll, ''));
		const polledBy = (proc) => enqueuedOn(proc).filter((id) => finishedOn(worker).includes(id));
		const afterFirst = await waitFor(() => polledBy(main).length > 0, 90_000);
		mark(
			check(
				`${label}: the first poll's execution (2 customers) was enqueued by main and finished on the worker`,
				afterFirst,
				`main: ${enqueuedOn(main)}; worker: ${finishedOn(worker)}; ${worker.logFile}`,
			),
		);
		await sleep(2_000);
		await main.stop();
		const cursorTime = kustomer.get('e2epoll02').attributes.updatedAt;
		kustomer.insert(
			'customer',
			{ name: 'Polled Three', createdAt: at(-1_000), updatedAt: at(-1_000) },
			{},
			'e2epoll03',
		);
		sb.clearRequests();
		main = await inst.start({ env: { WEBHOOK_URL: webhookUrl, N8N_WEBHOOK_URL: webhookUrl } });
		const resumed = await waitFor(() => searches().length > 0 && searches(), 120_000);
		const gte =
			resumed &&
			resumed[0].body &&
			resumed[0].body.and &&
			resumed[0].body.and[0].customer_updated_at.gte;
		mark(
			check(
				`${label}: after the restart the first search starts at the saved cursor (${cursorTime}), not the start date`,
				gte === cursorTime,
				JSON.stringify(resumed && resumed.map((r) => r.body)),
			),
		);
		const second = await waitFor(() => polledBy(main).length > 0, 90_000);
		await sleep(3_000);
		const polls = searches().length;
		mark(
			check(
				`${label}: the poll after the restart ran one execution on the worker (the new customer), and its search started past the first two`,
				second && polledBy(main).length === 1 && enqueuedOn(main).length === 1,
				`main: ${enqueuedOn(main)}; worker: ${finishedOn(worker)}; searches ${polls}`,
			),
		);
		await inst.stop();
	} catch (e) {
		mark(check(`${label}: no unexpected error`, false, e.stack || String(e)));
	} finally {
		await inst.cleanup({ keep: argv.has('--keep') || !ok });
		await redis.stop();
	}
}

async function main() {
	const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kgn-e2e-triggers-'));
	const sb = await startSandbox({ rateLimits: false });
	try {
		const tarball = await pack(tmp);
		const n8n = await ensureN8n({ version: '2.41.1' });
		await scenario(n8n, tarball, sb);
	} catch (e) {
		check('no unexpected error', false, e.stack || String(e));
	} finally {
		await sb.close();
		rmrf(tmp);
	}
	const failedNames = results.filter((r) => !r.ok).map((r) => `  FAIL ${r.name}`);
	if (failedNames.length) process.stdout.write(`${failedNames.join('\n')}\n`);
	const passed = results.filter((r) => r.ok).length;
	process.stdout.write(`${passed} passed, ${results.length - passed} failed\n`);
	process.exit(results.length - passed ? 1 : 0);
}

main().catch((e) => {
	process.stderr.write(`${e.stack || e}\n`);
	process.stdout.write('0 passed, 1 failed\n');
	process.exit(1);
});
