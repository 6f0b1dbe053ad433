'use strict';

// `npm run bench` : node overhead, rate-limit utilisation,
// latency hiding, scaling and package cost, on the loopback sandbox and n8n-core's engine.
// Every measured leg runs in its own child process (bench/leg.js) so each peak RSS is its own; the
// sandbox runs in this process. Prints a table on stdout, progress on stderr, and writes
// bench/results.json.
//
//   node bench/run.js [--only overhead,rateLimit,latency,scaling,package,lookup] [--quick] [--rounds N]

const { execFileSync, fork } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const RESULTS = path.join(__dirname, 'results.json');
const LEG = path.join(__dirname, 'leg.js');
const { lookupBench, lookupTable, writeReadmeFigures } = require('./lookup');

const argv = process.argv.slice(2);
const argValue = (name) => {
	const i = argv.indexOf(name);
	return i === -1 ? undefined : argv[i + 1];
};
const QUICK = argv.includes('--quick');
const ONLY = (argValue('--only') || 'overhead,rateLimit,latency,scaling,package,lookup').split(',');

// Sizes and the sandbox's limits for this run (scaled down so a run stays short; the scaling is reported).
const CONFIG = {
	overheadSizes: QUICK ? [2_000, 10_000] : [10_000, 50_000],
	scalingSizes: QUICK ? [1_000, 10_000] : [1_000, 10_000, 100_000],
	rateLimitItems: QUICK ? 200 : 1_000,
	// Gladly: 10 req/s per org (real); the run uses it scaled x2 (20 per 1 s window) to halve the time.
	gladly: { limit: 20, windowMs: 1_000, realLimit: 10, realWindowMs: 1_000 },
	// Kustomer: 300-2,000 per 60 s by plan (the sandbox defaults to 1,000); the run uses 500 per 60 s
	// (the Business plan) so 1,000 items span two windows. The window is not shortened: the node reads
	// Kustomer's window as 60 s, so a shorter sandbox window would misrepresent it.
	kustomer: { limit: QUICK ? 100 : 500, windowMs: 60_000, realLimit: 1_000, realWindowMs: 60_000 },
	// Kustomer Return All with parallel pages under a rate limit: a 2 s window keeps the run short.
	kustomerPaging: { limit: 25, windowMs: 2_000, records: 10_000, concurrency: 4 },
	rounds: Number(argValue('--rounds')) || (QUICK ? 1 : 3),
	latencies: QUICK ? [50] : [50, 150],
	concurrencies: [1, 4],
	latencyPages: 100,
	latencyPageSize: 100,
	parallelBare: 4,
	loadRuns: 3,
	legTimeoutMs: 300_000,
};

const KUSTOMER_KEY = 'kustomer-test-key';
const NO_LIMITS = { kustomer: { default: false, search: false, creates: false }, gladly: false };

const log = (...parts) =>
	process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${parts.join(' ')}\n`);
const round = (value, digits = 2) =>
	value === undefined || value === null || Number.isNaN(value)
		? null
		: Number(value.toFixed(digits));
const mb = (bytes) => round(bytes / 1048576, 1);

function ensureBuilt() {
	const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
	const files = [...pkg.n8n.nodes, ...pkg.n8n.credentials].map((file) => path.join(ROOT, file));
	if (files.every((file) => fs.existsSync(file))) return;
	log('dist/ is missing or incomplete: building with n8n-node build');
	execFileSync('npx', ['n8n-node', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}

/** Runs one task in a fresh child process (bench/leg.js) and returns its result. */
function leg(task) {
	const cpu = process.cpuUsage();
	return legOnly(task).then((result) => {
		const used = process.cpuUsage(cpu);
		// CPU this process (the sandbox) spent serving the leg: on the critical path of a sequential client.
		result.sandboxCpuMs = (used.user + used.system) / 1000;
		return result;
	});
}

function legOnly(task) {
	return new Promise((resolve, reject) => {
		const child = fork(LEG, [], {
			cwd: ROOT,
			stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
			env: { ...process.env, N8N_SSRF_PROTECTION_ENABLED: 'false' },
		});
		let settled = false;
		const timer = setTimeout(() => {
			if (settled) return;
			settled = true;
			child.kill('SIGKILL');
			reject(new Error(`leg ${task.kind} timed out after ${CONFIG.legTimeoutMs} ms`));
		}, CONFIG.legTimeoutMs);
		child.once('message', (message) => {
			if (settled) return;
			settled = true;
			clearTimeout(timer);
			if (message.ok) resolve(message.result);
			else reject(new Error(`leg ${task.kind} failed: ${message.error}`));
		});
		child.once('exit', (code) => {
			if (settled) return;
			settled = true;
			clearTimeout(timer);
			reject(new Error(`leg ${task.kind} exited with code ${code} before answering`));
		});
		child.send(task);
	});
}

// ---- apps under test ------------------------------------------------------------------------------

function apps(sb) {
	const nutshell = require(path.join(ROOT, 'test/sandbox/nutshell'));
	const gladly = require(path.join(ROOT, 'test/sandbox/gladly'));
	const basic = (user, password) =>
		`Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
	return {
		kustomer: {
			label: 'Kustomer customers',
			seed: (n) => {
				const instance = sb.provider('kustomer');
				instance.reset();
				// A fixed record clock: the sandbox caches a search per (query, second of its clock), so a
				// moving clock re-sorts every record each second and the sandbox's own cost would swamp
				// and randomise every leg. Records and the 2-year search window are unaffected.
				const now = Date.now();
				instance.setClock(() => now);
				instance.seedCustomers(n);
			},
			node: {
				type: 'kustomer',
				parameters: { resource: 'customer', operation: 'getMany', returnAll: true },
			},
			credentials: {
				kustomerApi: { region: 'custom', baseUrl: sb.url('kustomer'), apiKey: KUSTOMER_KEY },
			},
			credentialType: 'kustomerApi',
			headers: { authorization: `Bearer ${KUSTOMER_KEY}` },
			recordsKey: 'data',
		},
		nutshell: {
			label: 'Nutshell leads',
			seed: (n) => {
				const instance = sb.provider('nutshell');
				instance.reset();
				instance.seedLeads(n);
			},
			node: {
				type: 'nutshell',
				parameters: { resource: 'lead', operation: 'getMany', returnAll: true },
			},
			credentials: {
				nutshellApi: {
					username: nutshell.EMAIL,
					apiKey: nutshell.API_KEY,
					baseUrl: sb.url('nutshell'),
				},
			},
			credentialType: 'nutshellApi',
			headers: { authorization: basic(nutshell.EMAIL, nutshell.API_KEY) },
			recordsKey: 'leads',
		},
		gladly: {
			credentials: {
				gladlyApi: {
					organization: '',
					email: gladly.EMAIL,
					apiToken: gladly.TOKEN,
					environment: 'production',
					baseUrl: sb.url('gladly'),
				},
			},
		},
	};
}

/** Runs our node with the sandbox logging on and returns its result and the requests it made. */
async function nodeWithPlan(sb, name, app) {
	sb.clearRequests();
	sb.log.enabled = true;
	let result;
	try {
		result = await leg({ kind: 'node', ...app.node, credentials: app.credentials });
	} finally {
		sb.log.enabled = false;
	}
	const requests = sb.requestsFor(name).map((entry) => ({
		method: entry.method,
		url: entry.url,
		body: entry.rawBody ? JSON.parse(entry.rawBody) : undefined,
	}));
	const statuses = {};
	for (const entry of sb.requestsFor(name))
		statuses[entry.status] = (statuses[entry.status] || 0) + 1;
	const connections = new Set(sb.requestsFor(name).map((entry) => entry.connection)).size;
	sb.clearRequests();
	if (result.error) throw new Error(`${name} node failed: ${result.error}`);
	return {
		result,
		connections,
		statuses,
		plan: {
			credentialType: app.credentialType,
			baseURL: sb.url(name),
			directBaseURL: sb.directUrl(name),
			requests,
			recordsKey: app.recordsKey,
		},
	};
}

function legSummary(r) {
	return {
		ms: round(r.ms, 1),
		cpuMs: round(r.cpuMs, 0),
		sandboxCpuMs: round(r.sandboxCpuMs, 0),
		runsMs: r.runsMs,
		peakRssMB: mb(r.peakRssBytes),
		baseRssMB: mb(r.baseRssBytes),
		growthMB: mb(r.peakRssBytes - r.baseRssBytes),
		records: r.records,
	};
}

// ---- 1. overhead ----------------------------------------------------------------------------------

const median = (values) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)];
};

/** The per-metric median of several runs of one leg. */
function medianLeg(runs) {
	const out = {};
	for (const key of ['ms', 'cpuMs', 'sandboxCpuMs', 'peakRssBytes', 'baseRssBytes', 'records'])
		out[key] = median(runs.map((r) => r[key]));
	out.runsMs = runs.map((r) => round(r.ms, 0));
	return out;
}

async function overhead(sb, results) {
	const all = apps(sb);
	const out = { sizes: CONFIG.overheadSizes, rounds: CONFIG.rounds, runs: {} };
	for (const name of ['kustomer', 'nutshell']) {
		const app = all[name];
		out.runs[name] = {};
		for (const n of CONFIG.overheadSizes) {
			log(
				`overhead: ${app.label}, ${n} records, ${CONFIG.rounds} round(s) of node / n8n floor / bare loop`,
			);
			app.seed(n);
			const { result: first, plan, connections } = await nodeWithPlan(sb, name, app);
			if (first.records !== n)
				throw new Error(`${name} node returned ${first.records} records, expected ${n}`);
			const runs = { node: [first], floor: [], bare: [] };
			const tasks = {
				node: { kind: 'node', ...app.node, credentials: app.credentials },
				floor: { kind: 'floor', plan, credentials: app.credentials },
				bare: { kind: 'bare', plan, headers: app.headers },
			};
			for (let round = 0; round < CONFIG.rounds; round++) {
				// Rotate the order each round so drift on a shared machine does not favour one leg.
				const order = ['floor', 'bare', 'node'];
				for (let i = 0; i < order.length; i++) {
					const kind = order[(i + round) % order.length];
					if (round === 0 && kind === 'node') continue;
					runs[kind].push(await leg(tasks[kind]));
				}
			}
			const node = medianLeg(runs.node);
			const floor = medianLeg(runs.floor);
			const bare = medianLeg(runs.bare);
			const total = (r) => r.cpuMs + r.sandboxCpuMs;
			out.runs[name][n] = {
				requests: plan.requests.length,
				nodeConnections: connections,
				node: legSummary(node),
				floor: legSummary(floor),
				bare: legSummary(bare),
				timeRatio: round(node.ms / floor.ms),
				bareRatio: round(node.ms / bare.ms),
				floorBareRatio: round(floor.ms / bare.ms),
				// CPU of the leg plus the sandbox's CPU serving it: what wall time approaches on an idle machine.
				cpuRatio: round(total(node) / total(floor)),
				cpuBareRatio: round(total(node) / total(bare)),
				// The leg process's own CPU only (the sandbox's share is the same for the same requests).
				ownCpuRatio: round(node.cpuMs / floor.cpuMs),
				rssRatio: round(node.peakRssBytes / floor.peakRssBytes),
				rssBareRatio: round(node.peakRssBytes / bare.peakRssBytes),
				growthRatio: round(
					(node.peakRssBytes - node.baseRssBytes) /
						Math.max(1, floor.peakRssBytes - floor.baseRssBytes),
				),
				growthBareRatio: round(
					(node.peakRssBytes - node.baseRssBytes) /
						Math.max(1, bare.peakRssBytes - bare.baseRssBytes),
				),
				nodeMsPerRequest: round(node.ms / plan.requests.length),
				floorMsPerRequest: round(floor.ms / plan.requests.length),
				bareMsPerRequest: round(bare.ms / plan.requests.length),
			};
		}
	}
	// Headline (issue keys): Kustomer customers at the largest size; Nutshell alongside.
	const big = Math.max(...CONFIG.overheadSizes);
	const pick = (r) => ({
		timeRatio: r.timeRatio,
		cpuRatio: r.cpuRatio,
		ownCpuRatio: r.ownCpuRatio,
		rssRatio: r.rssRatio,
		bareRatio: r.bareRatio,
		cpuBareRatio: r.cpuBareRatio,
		rssBareRatio: r.rssBareRatio,
	});
	Object.assign(out, {
		records: big,
		...pick(out.runs.kustomer[big]),
		nutshell: pick(out.runs.nutshell[big]),
	});
	results.overhead = out;
}

// ---- 2. rate-limit utilisation ---------------------------------------------------------------------

/** Successful requests per fixed window of the sandbox (from `anchor`), and how soon each window was used. */
function perWindow(entries, anchor, windowMs) {
	const windows = [];
	for (const e of entries) {
		if (e.status !== 200) continue;
		const w = Math.floor((e.time - anchor) / windowMs);
		windows[w] = windows[w] || { ok: 0, first: e.time };
		windows[w].ok++;
	}
	const full = windows.slice(0, -1).filter(Boolean);
	const resumeMs = windows
		.slice(1)
		.filter(Boolean)
		.map((w, i) => w.first - (anchor + (i + 1) * windowMs));
	return { windows, full, resumeMs };
}

async function rateLimit(sb, results) {
	const all = apps(sb);
	const items = CONFIG.rateLimitItems;
	const out = { items };

	// Gladly: one GET /customer-profiles/{id} per input item.
	{
		const g = CONFIG.gladly;
		log(`rate limit: Gladly, ${items} items at ${g.limit} per ${g.windowMs} ms`);
		sb.reset();
		const customer = sb
			.provider('gladly')
			.addCustomer({ name: 'Bench Customer', emails: [{ original: 'bench@example.com' }] });
		sb.setRateLimit('gladly', { limit: g.limit, windowMs: g.windowMs });
		sb.log.enabled = true;
		const r = await leg({
			kind: 'node',
			type: 'gladly',
			parameters: {
				resource: 'customer',
				operation: 'get',
				customerId: { mode: 'id', value: customer.id },
			},
			credentials: all.gladly.credentials,
			count: items,
			continueOnFail: true,
		});
		sb.log.enabled = false;
		const stats = sb.stats('gladly');
		const entries = sb.requestsFor('gladly');
		sb.clearRequests();
		const ok = stats.byStatus[200] || 0;
		const allowedPerSec = (g.limit * 1000) / g.windowMs;
		const achieved = ok / (r.ms / 1000);
		const span =
			entries.length > 1 ? (entries[entries.length - 1].time - entries[0].time) / 1000 : NaN;
		out.gladly = {
			limit: `${g.limit} per ${g.windowMs} ms`,
			scaling: `x${round(allowedPerSec / ((g.realLimit * 1000) / g.realWindowMs), 2)} of the real ${g.realLimit} per ${g.realWindowMs} ms`,
			ms: round(r.ms, 0),
			requests: stats.requests,
			ok,
			http429: stats.http429,
			failedItems: r.failed + (r.records < items ? items - r.records : 0),
			achievedPerSec: round(achieved),
			allowedPerSec,
			utilisation: round(achieved / allowedPerSec, 3),
			sandboxSpanUtilisation: round((ok - 1) / span / allowedPerSec, 3),
			error: r.error,
		};
		sb.setRateLimit('gladly', false);
	}

	// Kustomer: GET /v1/customers/{id} per input item, against a per-minute window.
	{
		const k = CONFIG.kustomer;
		log(
			`rate limit: Kustomer, ${items} items at ${k.limit} per ${k.windowMs} ms (takes about ${Math.ceil(items / k.limit) - 1} minute(s))`,
		);
		sb.reset();
		const instance = sb.provider('kustomer');
		const [customer] = instance.seedCustomers(1);
		sb.setRateLimit('kustomer', false, 'search');
		sb.setRateLimit('kustomer', { limit: k.limit, windowMs: k.windowMs });
		const anchor = sb.rateLimitState('kustomer').resetAtMs - k.windowMs;
		sb.log.enabled = true;
		const r = await leg({
			kind: 'node',
			type: 'kustomer',
			parameters: {
				resource: 'customer',
				operation: 'get',
				by: 'id',
				customerId: { mode: 'id', value: customer.id },
			},
			credentials: all.kustomer.credentials,
			count: items,
			continueOnFail: true,
		});
		sb.log.enabled = false;
		const stats = sb.stats('kustomer');
		const entries = sb.requestsFor('kustomer');
		sb.clearRequests();
		const { windows, full, resumeMs } = perWindow(entries, anchor, k.windowMs);
		out.kustomer = {
			limit: `${k.limit} per ${k.windowMs} ms`,
			scaling: `x${round(k.limit / k.realLimit, 2)} of the sandbox default ${k.realLimit} per ${k.realWindowMs} ms (window kept)`,
			ms: round(r.ms, 0),
			requests: stats.requests,
			ok: stats.byStatus[200] || 0,
			http429: stats.http429,
			failedItems: r.failed + (r.records < items ? items - r.records : 0),
			perWindow: Array.from(windows, (w) => (w ? w.ok : 0)),
			// Budget used in every window that was not the last (the last one only holds what was left).
			fullWindowUtilisation: full.length
				? round(full.reduce((s, w) => s + w.ok, 0) / (full.length * k.limit), 3)
				: null,
			resumeAfterResetMs: resumeMs.map((ms) => round(ms, 0)),
			error: r.error,
		};
		sb.setRateLimit('kustomer', false);
		sb.setRateLimit('kustomer', false, 'search');
	}

	// Kustomer Return All with pages in parallel (concurrency 4) against the same kind of window, shortened
	// so that 100 pages span several windows in seconds (the node follows the announced reset).
	{
		const p = CONFIG.kustomerPaging;
		const app = all.kustomer;
		log(
			`rate limit: Kustomer Return All, ${p.records} customers (${p.records / 100} pages) at concurrency ${p.concurrency}, ${p.limit} per ${p.windowMs} ms`,
		);
		sb.reset();
		app.seed(p.records);
		sb.setRateLimit('kustomer', false, 'search');
		sb.setRateLimit('kustomer', { limit: p.limit, windowMs: p.windowMs });
		const anchor = sb.rateLimitState('kustomer').resetAtMs - p.windowMs;
		sb.log.enabled = true;
		const r = await leg({
			kind: 'node',
			...app.node,
			parameters: { ...app.node.parameters, options: { concurrency: p.concurrency } },
			credentials: app.credentials,
		});
		sb.log.enabled = false;
		const stats = sb.stats('kustomer');
		const { windows, full } = perWindow(sb.requestsFor('kustomer'), anchor, p.windowMs);
		sb.clearRequests();
		out.kustomerPaging = {
			limit: `${p.limit} per ${p.windowMs} ms`,
			concurrency: p.concurrency,
			ms: round(r.ms, 0),
			requests: stats.requests,
			ok: stats.byStatus[200] || 0,
			http429: stats.http429,
			records: r.records,
			failedItems: r.error ? 1 : 0,
			perWindow: Array.from(windows, (w) => (w ? w.ok : 0)),
			fullWindowUtilisation: full.length
				? round(full.reduce((s, w) => s + w.ok, 0) / (full.length * p.limit), 3)
				: null,
			error: r.error,
		};
		sb.setRateLimit('kustomer', false);
	}

	Object.assign(out, {
		utilisation: out.gladly.utilisation,
		failedItems: out.gladly.failedItems + out.kustomer.failedItems + out.kustomerPaging.failedItems,
		http429: out.gladly.http429 + out.kustomer.http429 + out.kustomerPaging.http429,
	});
	results.rateLimit = out;
}

// ---- 3. latency hiding ----------------------------------------------------------------------------

async function latency(sb, results) {
	const app = apps(sb).kustomer;
	const n = CONFIG.latencyPages * CONFIG.latencyPageSize;
	app.seed(n);
	const withConcurrency = (c) => ({
		...app,
		node: { ...app.node, parameters: { ...app.node.parameters, options: { concurrency: c } } },
	});
	const byLatency = {};
	for (const latencyMs of CONFIG.latencies) {
		log(
			`latency: ${app.label}, ${CONFIG.latencyPages} pages with ${latencyMs} ms per response (node at concurrency ${CONFIG.concurrencies.join(' and ')})`,
		);
		sb.setLatency(latencyMs);
		try {
			// Each leg runs CONFIG.rounds times and reports its median (as the overhead section does): one run
			// of 1-2 s moves by a few percent with the machine's other work.
			const nodes = {};
			let plan;
			for (const c of CONFIG.concurrencies) {
				const runs = [];
				for (let round = 0; round < CONFIG.rounds; round++) {
					const run = await nodeWithPlan(sb, 'kustomer', withConcurrency(c));
					if (run.result.records !== n)
						throw new Error(
							`kustomer node returned ${run.result.records} records at concurrency ${c}, expected ${n}`,
						);
					// Same requests whatever the concurrency (order aside): the floor replays the sequential plan.
					plan ??= run.plan;
					if (run.plan.requests.length !== plan.requests.length)
						throw new Error(
							`concurrency ${c} sent ${run.plan.requests.length} requests, concurrency 1 sent ${plan.requests.length}`,
						);
					runs.push(run.result);
				}
				nodes[c] = medianLeg(runs);
			}
			const pages = plan.requests.length;
			const floorMs = pages * latencyMs;
			const rounds = async (spec) => {
				const runs = [];
				for (let round = 0; round < CONFIG.rounds; round++) runs.push(await leg(spec));
				return medianLeg(runs);
			};
			const floor = await rounds({ kind: 'floor', plan, credentials: app.credentials });
			const bare = await rounds({ kind: 'bare', plan, headers: app.headers });
			const parallel = await rounds({
				kind: 'bare',
				plan,
				headers: app.headers,
				concurrency: CONFIG.parallelBare,
			});
			byLatency[latencyMs] = {
				latencyMs,
				pages,
				records: n,
				rounds: CONFIG.rounds,
				sequentialFloorMs: floorMs,
				node: Object.fromEntries(
					Object.entries(nodes).map(([c, r]) => [
						c,
						{
							concurrency: Number(c),
							ms: round(r.ms, 0),
							ratioToFloor: round(r.ms / floorMs),
							runsMs: r.runsMs,
						},
					]),
				),
				n8nFloorNodeMs: round(floor.ms, 0),
				n8nFloorRatio: round(floor.ms / floorMs),
				bareSequentialMs: round(bare.ms, 0),
				bareSequentialRatio: round(bare.ms / floorMs),
				bareParallel: {
					concurrency: CONFIG.parallelBare,
					ms: round(parallel.ms, 0),
					ratioToFloor: round(parallel.ms / floorMs),
				},
			};
		} finally {
			sb.setLatency(0);
		}
	}
	const headline = byLatency[CONFIG.latencies[0]];
	const top = Math.max(...CONFIG.concurrencies);
	results.latency = {
		...headline,
		// Issue keys: the node at the default concurrency (4) and at 1 (one page after another).
		nodeConcurrency: top,
		nodeMs: headline.node[top].ms,
		ratioToFloor: headline.node[top].ratioToFloor,
		sequentialNodeMs: headline.node[1].ms,
		sequentialNodeRatio: headline.node[1].ratioToFloor,
		byLatency,
		providerConcurrency: {
			kustomer:
				'page/pageSize lists report meta.totalPages on page 1, so pages 2..N are fetched in parallel (default 4); no concurrency cap is documented, only the org budget (300-2,000 requests a minute) and 100 searches a minute per key',
			nutshell:
				'page[limit]/page[page] with meta.total: pages fetched in parallel (default 2, kept low: no published rate limit)',
			gladly:
				'no pagination; 10 requests a second per org, no concurrency cap (reports: 2 concurrent)',
		},
	};
}

// ---- 4. scaling -----------------------------------------------------------------------------------

async function scaling(sb, results) {
	const all = apps(sb);
	const out = { sizes: CONFIG.scalingSizes, byApp: {} };
	for (const name of ['kustomer', 'nutshell']) {
		const app = all[name];
		const rows = {};
		for (const n of CONFIG.scalingSizes) {
			log(`scaling: ${app.label}, ${n} records`);
			app.seed(n);
			sb.clearRequests();
			const before = sb.stats(name).requests;
			const r = await leg({ kind: 'node', ...app.node, credentials: app.credentials });
			if (r.error) throw new Error(`${name} node failed: ${r.error}`);
			if (r.records !== n)
				throw new Error(`${name} node returned ${r.records} records, expected ${n}`);
			rows[n] = {
				ms: round(r.ms, 0),
				requests: sb.stats(name).requests - before,
				msPerRecord: round(r.ms / n, 4),
				// The node process's own CPU per record (the sandbox's lists cost O(records) per page, so its
				// share grows with the size; it runs in the parent and is reported separately).
				nodeCpuMsPerRecord: round(r.cpuMs / n, 4),
				sandboxCpuMs: round(r.sandboxCpuMs, 0),
				peakRssMB: mb(r.peakRssBytes),
				growthMB: mb(r.peakRssBytes - r.baseRssBytes),
				bytesPerRecord: round((r.peakRssBytes - r.baseRssBytes) / n, 0),
			};
		}
		out.byApp[name] = rows;
	}
	out.msPerRecord = Object.fromEntries(
		Object.entries(out.byApp.kustomer).map(([n, row]) => [n, row.msPerRecord]),
	);
	out.nodeCpuMsPerRecord = Object.fromEntries(
		Object.entries(out.byApp.kustomer).map(([n, row]) => [n, row.nodeCpuMsPerRecord]),
	);
	out.bytesPerRecord = Object.fromEntries(
		Object.entries(out.byApp.kustomer).map(([n, row]) => [n, row.bytesPerRecord]),
	);
	const flat = (rows, key) => {
		const values = Object.values(rows).map((row) => row[key]);
		return round(values[values.length - 1] / values[Math.min(1, values.length - 1)], 2);
	};
	out.largestVs10k = {
		kustomer: {
			msPerRecord: flat(out.byApp.kustomer, 'msPerRecord'),
			nodeCpuMsPerRecord: flat(out.byApp.kustomer, 'nodeCpuMsPerRecord'),
			bytesPerRecord: flat(out.byApp.kustomer, 'bytesPerRecord'),
		},
		nutshell: {
			msPerRecord: flat(out.byApp.nutshell, 'msPerRecord'),
			nodeCpuMsPerRecord: flat(out.byApp.nutshell, 'nodeCpuMsPerRecord'),
			bytesPerRecord: flat(out.byApp.nutshell, 'bytesPerRecord'),
		},
	};
	results.scaling = out;
}

// ---- 5. package -----------------------------------------------------------------------------------

async function packageCost(results) {
	const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
	const files = [...pkg.n8n.nodes, ...pkg.n8n.credentials].map((file) => path.join(ROOT, file));
	log(
		`package: cold require of ${files.length} files (${CONFIG.loadRuns} runs each), npm pack --dry-run`,
	);
	const warm = [];
	const cold = [];
	for (let i = 0; i < CONFIG.loadRuns; i++) {
		// As in n8n: n8n-workflow and zod are already loaded when a community package is required.
		warm.push((await leg({ kind: 'load', files, preload: ['n8n-workflow', 'zod'] })).ms);
		cold.push((await leg({ kind: 'load', files, preload: [] })).ms);
	}
	const packed = JSON.parse(
		execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
			cwd: ROOT,
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'ignore'],
		}),
	)[0];
	results.package = {
		files: files.length,
		coldLoadMs: round(median(warm), 1),
		coldLoadWithDependenciesMs: round(median(cold), 1),
		tarballBytes: packed.size,
		unpackedBytes: packed.unpackedSize,
		tarballFiles: packed.entryCount,
	};
}

// ---- output ---------------------------------------------------------------------------------------

function table(results) {
	const lines = [];
	const row = (...cells) => lines.push(`| ${cells.join(' | ')} |`);
	const head = (title, ...cells) => {
		lines.push('', `### ${title}`, '');
		row(...cells);
		row(...cells.map(() => '---'));
	};
	const o = results.overhead;
	if (o) {
		head(
			'1. Overhead: Return All through n8n-core (node vs n8n floor vs bare fetch loop)',
			'run',
			'requests',
			'node ms',
			'floor ms',
			'bare ms',
			'node/floor',
			'node/bare',
			'CPU node/floor',
			'CPU node/bare',
			'node MB',
			'floor MB',
			'bare MB',
			'RSS node/floor',
			'RSS node/bare',
		);
		for (const [name, sizes] of Object.entries(o.runs)) {
			for (const [n, r] of Object.entries(sizes)) {
				row(
					`${name} ${n}`,
					r.requests,
					r.node.ms,
					r.floor.ms,
					r.bare.ms,
					r.timeRatio,
					r.bareRatio,
					r.cpuRatio,
					r.cpuBareRatio,
					r.node.peakRssMB,
					r.floor.peakRssMB,
					r.bare.peakRssMB,
					r.rssRatio,
					r.rssBareRatio,
				);
			}
		}
	}
	const rl = results.rateLimit;
	if (rl) {
		head(
			'2. Rate-limit utilisation',
			'provider',
			'limit (scaling)',
			'items',
			'ms',
			'requests',
			'utilisation',
			'429s',
			'failed items',
			'notes',
		);
		row(
			'gladly',
			`${rl.gladly.limit} (${rl.gladly.scaling})`,
			rl.items,
			rl.gladly.ms,
			rl.gladly.requests,
			rl.gladly.utilisation,
			rl.gladly.http429,
			rl.gladly.failedItems,
			`${rl.gladly.achievedPerSec}/s of ${rl.gladly.allowedPerSec}/s`,
		);
		row(
			'kustomer',
			`${rl.kustomer.limit} (${rl.kustomer.scaling})`,
			rl.items,
			rl.kustomer.ms,
			rl.kustomer.requests,
			rl.kustomer.fullWindowUtilisation,
			rl.kustomer.http429,
			rl.kustomer.failedItems,
			`per window ${rl.kustomer.perWindow.join('/')}; resumed ${rl.kustomer.resumeAfterResetMs.join('/')} ms after reset`,
		);
		const kp = rl.kustomerPaging;
		row(
			'kustomer Return All',
			`${kp.limit}, concurrency ${kp.concurrency}`,
			`${kp.records} records`,
			kp.ms,
			kp.requests,
			kp.fullWindowUtilisation,
			kp.http429,
			kp.failedItems,
			`per window ${kp.perWindow.join('/')}`,
		);
	}
	const l = results.latency;
	if (l) {
		for (const b of Object.values(l.byLatency)) {
			head(
				`3. Latency hiding: ${b.pages} pages, ${b.latencyMs} ms per response (sequential floor ${b.sequentialFloorMs} ms)`,
				'leg',
				'ms',
				'ratio to floor',
			);
			for (const r of Object.values(b.node))
				row(`our node, concurrency ${r.concurrency}`, r.ms, r.ratioToFloor);
			row('n8n floor node', b.n8nFloorNodeMs, b.n8nFloorRatio);
			row('bare fetch, sequential', b.bareSequentialMs, b.bareSequentialRatio);
			row(
				`bare fetch, ${b.bareParallel.concurrency} in parallel`,
				b.bareParallel.ms,
				b.bareParallel.ratioToFloor,
			);
		}
	}
	const s = results.scaling;
	if (s) {
		head(
			'4. Scaling: Return All through our node',
			'run',
			'requests',
			'ms',
			'ms/record',
			'node CPU ms/record',
			'sandbox CPU ms',
			'peak RSS MB',
			'growth MB',
			'bytes/record',
		);
		for (const [name, rows] of Object.entries(s.byApp))
			for (const [n, r] of Object.entries(rows))
				row(
					`${name} ${n}`,
					r.requests,
					r.ms,
					r.msPerRecord,
					r.nodeCpuMsPerRecord,
					r.sandboxCpuMs,
					r.peakRssMB,
					r.growthMB,
					r.bytesPerRecord,
				);
	}
	const p = results.package;
	if (p) {
		head('5. Package', 'figure', 'value');
		row(
			`cold require of ${p.files} nodes and credentials (n8n-workflow and zod preloaded, as in n8n)`,
			`${p.coldLoadMs} ms`,
		);
		row('the same, loading n8n-workflow and zod too', `${p.coldLoadWithDependenciesMs} ms`);
		row(
			'packed tarball (npm pack)',
			`${p.tarballBytes} bytes (${p.tarballFiles} files, ${p.unpackedBytes} unpacked)`,
		);
	}
	if (results.lookup) lookupTable(results.lookup, head, row);
	return lines.join('\n');
}

function versionOf(name) {
	try {
		return JSON.parse(
			fs.readFileSync(require.resolve(`${name}/package.json`, { paths: [ROOT] }), 'utf8'),
		).version;
	} catch {
		return null;
	}
}

async function main() {
	const started = Date.now();
	ensureBuilt();
	const results = {
		date: new Date().toISOString(),
		machine: {
			cpu: os.cpus()[0] && os.cpus()[0].model,
			cores: os.cpus().length,
			memoryMB: Math.round(os.totalmem() / 1048576),
			platform: `${os.platform()} ${os.release()} ${os.arch()}`,
			loadAverageAtStart: os.loadavg().map((v) => round(v)),
		},
		versions: {
			node: process.version,
			n8nCore: versionOf('n8n-core'),
			n8nWorkflow: versionOf('n8n-workflow'),
			package: JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version,
		},
		config: { quick: QUICK, sections: ONLY, ...CONFIG },
	};
	const { startSandbox } = require(path.join(ROOT, 'test/sandbox'));
	const sb = await startSandbox({
		providers: ['kustomer', 'nutshell', 'gladly'],
		rateLimits: NO_LIMITS,
		logRequests: false,
	});
	try {
		if (ONLY.includes('overhead')) await overhead(sb, results);
		if (ONLY.includes('rateLimit')) await rateLimit(sb, results);
		if (ONLY.includes('latency')) await latency(sb, results);
		if (ONLY.includes('scaling')) await scaling(sb, results);
	} finally {
		await sb.close();
	}
	if (ONLY.includes('package')) await packageCost(results);
	if (ONLY.includes('lookup')) await lookupBench(results, { quick: QUICK, log });
	results.machine.loadAverageAtEnd = os.loadavg().map((v) => round(v));
	results.totalSeconds = round((Date.now() - started) / 1000, 1);
	fs.writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
	if (results.lookup && !QUICK && writeReadmeFigures(results))
		log('README: lookup figures updated');
	process.stdout.write(
		`## npm run bench (${results.date}, ${results.machine.cores} x ${results.machine.cpu}, Node ${results.versions.node}, n8n-core ${results.versions.n8nCore})\n`,
	);
	process.stdout.write(
		`${table(results)}\n\nWritten ${path.relative(process.cwd(), RESULTS)} in ${results.totalSeconds} s.\n`,
	);
}

main().catch((error) => {
	process.stderr.write(`${error.stack || error}\n`);
	process.exit(1);
});
