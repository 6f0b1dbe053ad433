'use strict';
/**
 * A real n8n (2.41.1) serving the Gladly lookup example as Gladly would call it: the package installed
 * as a community package, the demo credentials pointing at the sandbox, the example published, `n8n start`
 * (and, in queue mode, Redis and an `n8n worker`). Shared by test/e2e/lookup.e2e.js and the benchmark's
 * lookup section. Plain CommonJS, Node built-ins only.
 */
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..', '..');
const { createInstance, startRedis, waitForWebhook } = require(
	path.join(root, 'scripts', 'n8n', 'instance'),
);
const { run } = require(path.join(root, 'scripts', 'n8n', 'util'));
const { runNpm } = require(path.join(root, 'scripts', 'n8n', 'node24'));
const { signedHeaders } = require(path.join(root, 'test', 'harness', 'gladly-sign'));
const demo = require('./demo');

const EXAMPLE_FILE = '05-gladly-lookup-nutshell-leads.json';

function lookupExample() {
	return JSON.parse(fs.readFileSync(path.join(demo.EXAMPLES_DIR, EXAMPLE_FILE), 'utf8'));
}

/** `n8n-node build` (unless skipBuild), then `npm pack` into `dir`: the tarball path. */
async function buildAndPack(dir, { skipBuild = false } = {}) {
	if (!skipBuild) {
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

/**
 * Starts n8n with the lookup example published. Returns `{ inst, main, worker, redis, url, workflow, stop }`;
 * `url` is the trigger's production webhook URL (what is pasted into Gladly).
 */
async function startLookupN8n({ n8n, tarball, sb, queue = false, log, env = {} }) {
	const redis = queue ? await startRedis() : undefined;
	const inst = await createInstance({ n8n, queue: redis, log, env });
	const stop = async ({ keep = false } = {}) => {
		await inst.cleanup({ keep });
		if (redis) await redis.stop();
	};
	try {
		const workflow = lookupExample();
		await inst.installPackage(tarball);
		await inst.importCredentials(demo.demoCredentials(sb.urls()));
		await inst.importWorkflow([workflow]);
		await inst.publishWorkflow(workflow.id);
		const main = await inst.start();
		const worker = queue ? await inst.startWorker() : undefined;
		const trigger = workflow.nodes.find((n) => /gladlyLookupTrigger$/.test(n.type));
		const hookPath = `${trigger.webhookId}/lookup`;
		await waitForWebhook(main.baseUrl, hookPath);
		return {
			inst,
			main,
			worker,
			redis,
			workflow,
			url: `${main.baseUrl}/webhook/${hookPath}`,
			stop,
		};
	} catch (error) {
		await stop({ keep: true });
		throw error;
	}
}

/** POSTs a lookup body signed as Gladly signs it; `{ status, json, text, ms }`. */
async function sendLookup(
	url,
	body,
	{ key = demo.LOOKUP_SIGNING_KEY, headers: extra = {}, time } = {},
) {
	const headers = { ...signedHeaders(key, { url, body, time }), ...extra };
	const t0 = process.hrtime.bigint();
	const res = await fetch(url, {
		method: 'POST',
		headers,
		body,
		signal: AbortSignal.timeout(20000),
	});
	const text = await res.text();
	const ms = Number(process.hrtime.bigint() - t0) / 1e6;
	let json;
	try {
		json = JSON.parse(text);
	} catch {
		json = undefined;
	}
	return { status: res.status, json, text, ms };
}

module.exports = { EXAMPLE_FILE, lookupExample, buildAndPack, startLookupN8n, sendLookup };
