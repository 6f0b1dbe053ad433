'use strict';

// Writes the figures of bench/results.json into README.md's Performance table (between the
// `<!-- bench:table -->` markers), so the README always shows the figures of the last full run.
//
//   node bench/readme.js            (after `npm run bench`)

const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const README = path.join(ROOT, 'README.md');
const r = JSON.parse(fs.readFileSync(path.join(__dirname, 'results.json'), 'utf8'));

const n = (value, digits = 2) =>
	value === null || value === undefined
		? 'n/a'
		: Number(value)
				.toFixed(digits)
				.replace(/\.?0+$/, (m) => (m.includes('.') ? '' : m));
const int = (value) => Number(value).toLocaleString('en-US');
/** Successful requests per window; a window with none is 0. */
const windowsOf = (list) => Array.from(list, (count) => count ?? 0).join(' / ');
const met = (ok) => (ok ? 'met' : 'not met');
const rows = [];
const row = (figure, measured, target = '—') =>
	rows.push(`| ${figure} | ${measured} | ${target} |`);

const o = r.overhead;
if (o) {
	const big = Math.max(...o.sizes);
	for (const [name, label] of [
		['kustomer', 'Kustomer customers'],
		['nutshell', 'Nutshell leads'],
	]) {
		const x = o.runs[name][big];
		row(
			`Overhead, ${label}, ${int(big)} records (${x.requests} requests): node / n8n floor`,
			`wall ${n(x.timeRatio)}, CPU ${n(x.cpuRatio)} (the node process alone: ${n(x.ownCpuRatio)})`,
			`≤ 1.2 — ${met(x.timeRatio <= 1.2 && x.cpuRatio <= 1.2)}`,
		);
	}
	const k = o.runs.kustomer[big];
	const s = o.runs.nutshell[big];
	row(
		`Node / bare \`fetch\` loop (keep-alive), ${int(big)} records`,
		`Kustomer wall ${n(k.bareRatio)}, CPU ${n(k.cpuBareRatio)}; Nutshell wall ${n(s.bareRatio)}, CPU ${n(s.cpuBareRatio)}`,
	);
	row(
		`Peak RSS node / n8n floor; node / bare loop (${int(big)})`,
		`Kustomer ${n(k.rssRatio)} and ${n(k.rssBareRatio)}; Nutshell ${n(s.rssRatio)} and ${n(s.rssBareRatio)}`,
		`≤ 2x bare — ${met(k.rssBareRatio <= 2 && s.rssBareRatio <= 2)}`,
	);
}
const rl = r.rateLimit;
if (rl) {
	const g = rl.gladly;
	row(
		`Rate limit, Gladly, ${int(rl.items)} items (1 request each), ${g.limit}`,
		`${n(g.utilisation, 3)} of the allowed rate, ${g.http429} × 429, ${g.failedItems} failed items`,
		`≥ 0.95, 0 failed — ${met(g.utilisation >= 0.95 && g.failedItems === 0)}`,
	);
	const k = rl.kustomer;
	row(
		`Rate limit, Kustomer, ${int(rl.items)} items, ${k.limit} window`,
		`${windowsOf(k.perWindow)} per window (utilisation ${n(k.fullWindowUtilisation, 3)}), ${k.http429} × 429, ${k.failedItems} failed; resumed ${k.resumeAfterResetMs.join(' / ')} ms after the reset`,
		met(k.fullWindowUtilisation >= 0.95 && k.failedItems === 0 && k.http429 === 0),
	);
	const p = rl.kustomerPaging;
	if (p) {
		row(
			`Rate limit, Kustomer Return All, ${int(p.records)} customers, ${p.requests} requests, concurrency ${p.concurrency}, ${p.limit}`,
			`${windowsOf(p.perWindow)} per window (utilisation ${n(p.fullWindowUtilisation, 3)}), ${p.http429} × 429, ${p.failedItems} failed`,
			met(p.fullWindowUtilisation >= 0.95 && p.failedItems === 0 && p.http429 === 0),
		);
	}
}
const l = r.latency;
if (l && l.byLatency) {
	for (const b of Object.values(l.byLatency)) {
		const four = b.node[4];
		const one = b.node[1];
		row(
			`Latency hiding: ${b.pages} pages, ${b.latencyMs} ms per response (floor ${int(b.sequentialFloorMs)} ms)`,
			`${b.rounds > 1 ? `medians of ${b.rounds} runs; ` : ''}node at concurrency 4: ${int(four.ms)} ms (${n(four.ratioToFloor)}x)${four.runsMs ? ` [runs ${four.runsMs.map(int).join(', ')} ms]` : ''}; at 1: ${n(one.ratioToFloor)}x; n8n floor node ${n(b.n8nFloorRatio)}x; bare loop ${n(b.bareSequentialRatio)}x, with ${b.bareParallel.concurrency} in parallel ${n(b.bareParallel.ratioToFloor)}x`,
			`≤ 0.35x at concurrency 4 — ${met(four.ratioToFloor <= 0.35)}`,
		);
	}
}
const sc = r.scaling;
if (sc) {
	const sizes = sc.sizes
		.map((size) => (size >= 1000 ? `${size / 1000}k` : String(size)))
		.join(' / ');
	const list = (name, key, digits) =>
		Object.values(sc.byApp[name])
			.map((x) => n(x[key], digits))
			.join(' / ');
	row(
		`Scaling, Kustomer, ${sizes}: node CPU ms per record; memory per record`,
		`${list('kustomer', 'nodeCpuMsPerRecord', 3)}; ${Object.values(sc.byApp.kustomer)
			.map((x) => `${n(x.bytesPerRecord / 1024, 1)}`)
			.join(' / ')} KB`,
		'flat',
	);
	row(
		`Scaling, Nutshell, ${sizes}: node CPU ms per record; memory per record`,
		`${list('nutshell', 'nodeCpuMsPerRecord', 3)}; ${Object.values(sc.byApp.nutshell)
			.map((x) => `${n(x.bytesPerRecord / 1024, 1)}`)
			.join(' / ')} KB`,
		'flat',
	);
}
const p = r.package;
if (p) {
	row(
		`Cold \`require\` of the nodes and credentials (${p.files} files; n8n-workflow and zod preloaded, as in n8n)`,
		`${n(p.coldLoadMs, 0)} ms (${n(p.coldLoadWithDependenciesMs, 0)} ms when it also loads them)`,
	);
	row(
		'Packed tarball',
		`${n(p.tarballBytes / 1024, 0)} KB (${p.tarballFiles} files, ${n(p.unpackedBytes / 1024, 0)} KB unpacked)`,
	);
}

const m = r.machine;
const when = `${r.date.slice(0, 10)} ${r.date.slice(11, 16)} UTC`;
const header = [
	`Run of ${when}: ${m.cores} × ${m.cpu}, Node ${r.versions.node}, n8n-core ${r.versions.n8nCore}, n8n-workflow ${r.versions.n8nWorkflow};`,
	`load average ${m.loadAverageAtStart.join(' / ')} at the start and ${m.loadAverageAtEnd.join(' / ')} at the end (1 / 5 / 15 min), ${n(r.totalSeconds, 0)} s in all.`,
	'',
	'| Figure | Measured | Target |',
	'|---|---|---|',
	...rows,
];
const text = fs.readFileSync(README, 'utf8');
const start = '<!-- bench:table -->';
const end = '<!-- /bench:table -->';
const from = text.indexOf(start);
const to = text.indexOf(end);
if (from === -1 || to === -1) throw new Error(`README.md has no ${start} … ${end} block`);
fs.writeFileSync(
	README,
	`${text.slice(0, from + start.length)}\n${header.join('\n')}\n${text.slice(to)}`,
);
process.stdout.write(`README.md: ${rows.length} figures from bench/results.json (${r.date})\n`);
