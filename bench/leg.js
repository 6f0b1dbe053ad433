'use strict';

// One measured leg, in its own process (forked by bench/run.js) so its peak RSS is its own.
// Receives one task by IPC, answers one result message, exits:
//   { kind: 'node',  type, parameters, credentials, count?, items?, continueOnFail? }  our node on n8n-core
//   { kind: 'floor', plan, credentials }                            n8n's floor (bench/engine.js BenchFloor)
//   { kind: 'bare',  plan, headers, concurrency? }                  a bare keep-alive fetch loop
//   { kind: 'load',  files, preload }                               cold require of the built package
// Result: { ms, peakRssBytes, baseRssBytes, records, failed?, error? }.

const path = require('node:path');

function peakRss() {
	return process.resourceUsage().maxRSS * 1024;
}

/** Wall time and this process's CPU time (user + system) of `fn`. */
async function timed(fn) {
	const cpu = process.cpuUsage();
	const started = process.hrtime.bigint();
	const value = await fn();
	const ms = Number(process.hrtime.bigint() - started) / 1e6;
	const used = process.cpuUsage(cpu);
	return { value, ms, cpuMs: (used.user + used.system) / 1000 };
}

async function runNodeLeg(task) {
	const { runNode, loadPackage } = require('./engine');
	await loadPackage();
	const base = process.memoryUsage().rss;
	const {
		value: result,
		ms,
		cpuMs,
	} = await timed(() =>
		runNode(task.type, task.parameters, {
			credentials: task.credentials,
			items: task.items,
			count: task.count,
			continueOnFail: task.continueOnFail,
		}),
	);
	const items = result.items;
	const failed = items.filter((item) => item.json && item.json.error !== undefined).length;
	return {
		ms,
		cpuMs,
		peakRssBytes: peakRss(),
		baseRssBytes: base,
		records: items.length,
		failed,
		error: result.error ? String(result.error.message) : undefined,
	};
}

async function runFloorLeg(task) {
	const { runNode, loadPackage, setFloorPlan } = require('./engine');
	await loadPackage();
	setFloorPlan(task.plan);
	const base = process.memoryUsage().rss;
	const {
		value: result,
		ms,
		cpuMs,
	} = await timed(() => runNode('benchFloor', {}, { credentials: task.credentials }));
	return {
		ms,
		cpuMs,
		peakRssBytes: peakRss(),
		baseRssBytes: base,
		records: result.items.length,
		error: result.error ? String(result.error.message) : undefined,
	};
}

async function runBareLeg(task) {
	// Node's fetch does not use HTTPS_PROXY: the bare loop talks to the fake provider's loopback listener.
	const { directBaseURL: baseURL, requests, recordsKey } = task.plan;
	const headers = { accept: 'application/json', ...task.headers };
	const fetchOne = async (r) => {
		const init = { method: r.method, headers: { ...headers } };
		if (r.body !== undefined) {
			init.body = JSON.stringify(r.body);
			init.headers['content-type'] = 'application/json';
		}
		const response = await fetch(baseURL + r.url, init);
		if (!response.ok)
			throw new Error(`bare loop: HTTP ${response.status} for ${r.method} ${r.url}`);
		const body = await response.json();
		return Array.isArray(body[recordsKey]) ? body[recordsKey] : [];
	};
	const base = process.memoryUsage().rss;
	const cpu = process.cpuUsage();
	const started = process.hrtime.bigint();
	// The records stay in memory, as the node keeps them.
	const records = [];
	const concurrency = task.concurrency || 1;
	if (concurrency === 1) {
		for (const r of requests) for (const record of await fetchOne(r)) records.push(record);
	} else {
		// Page-number lists: the plan's pages are independent once the total is known.
		const pages = new Array(requests.length);
		let next = 0;
		const worker = async () => {
			while (next < requests.length) {
				const i = next++;
				pages[i] = await fetchOne(requests[i]);
			}
		};
		await Promise.all(Array.from({ length: concurrency }, worker));
		for (const page of pages) for (const record of page) records.push(record);
	}
	const ms = Number(process.hrtime.bigint() - started) / 1e6;
	const used = process.cpuUsage(cpu);
	return {
		ms,
		cpuMs: (used.user + used.system) / 1000,
		peakRssBytes: peakRss(),
		baseRssBytes: base,
		records: records.length,
	};
}

async function runLoadLeg(task) {
	for (const name of task.preload || []) require(name);
	const started = process.hrtime.bigint();
	for (const file of task.files) require(path.resolve(file));
	const ms = Number(process.hrtime.bigint() - started) / 1e6;
	return { ms, peakRssBytes: peakRss(), baseRssBytes: 0, records: task.files.length };
}

const legs = { node: runNodeLeg, floor: runFloorLeg, bare: runBareLeg, load: runLoadLeg };

process.once('message', (task) => {
	legs[task.kind](task)
		.then((result) => {
			process.send({ ok: true, result }, () => process.exit(0));
		})
		.catch((error) => {
			process.send({ ok: false, error: String((error && error.stack) || error) }, () =>
				process.exit(1),
			);
		});
});
